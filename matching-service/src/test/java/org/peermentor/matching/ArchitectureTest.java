package org.peermentor.matching;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Matching's packages point one way. At the top, the profile feed, the waiting list and the reports read the
 * features; rounds stand on erasure, which stands on pairings; pairings stand on settings, the audit trail, the
 * profile replica, the program's round door ({@code program}) and web access. The round trigger's interface and the
 * pairings' one door for leavers ({@code pairing.Departures}) are what let the lower packages call upward work
 * without importing it. So no package imports one that imports it back.
 */
@AnalyzeClasses(packages = "org.peermentor.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageDependsOnOneThatDependsOnIt = slices().matching("org.peermentor.matching.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresPointDownToPairingsProfilesAndTheProgramDoor = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("feed").definedBy("org.peermentor.matching.feed..")
            .layer("waiting").definedBy("org.peermentor.matching.waiting..")
            .layer("report").definedBy("org.peermentor.matching.report..")
            .layer("openapi").definedBy("org.peermentor.matching.openapi..")
            .layer("round").definedBy("org.peermentor.matching.round..")
            .layer("erasure").definedBy("org.peermentor.matching.erasure..")
            .layer("pairing").definedBy("org.peermentor.matching.pairing..")
            .layer("settings").definedBy("org.peermentor.matching.settings..")
            .layer("audit").definedBy("org.peermentor.matching.audit..")
            .layer("profile").definedBy("org.peermentor.matching.profile..")
            .layer("program").definedBy("org.peermentor.matching.program..")
            .layer("web").definedBy("org.peermentor.matching.web..")
            .whereLayer("feed").mayNotBeAccessedByAnyLayer()
            .whereLayer("waiting").mayNotBeAccessedByAnyLayer()
            .whereLayer("report").mayNotBeAccessedByAnyLayer()
            .whereLayer("openapi").mayNotBeAccessedByAnyLayer()
            .whereLayer("round").mayOnlyBeAccessedByLayers("waiting")
            .whereLayer("erasure").mayOnlyBeAccessedByLayers("feed", "round")
            .whereLayer("pairing").mayOnlyBeAccessedByLayers("feed", "waiting", "report", "round", "erasure")
            .whereLayer("settings").mayOnlyBeAccessedByLayers("round", "pairing")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("round", "pairing", "settings")
            .whereLayer("profile")
            .mayOnlyBeAccessedByLayers("feed", "waiting", "report", "round", "erasure", "pairing")
            .whereLayer("program").mayOnlyBeAccessedByLayers("feed", "round", "erasure", "pairing")
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("waiting", "report", "round", "pairing", "settings", "audit");
}
