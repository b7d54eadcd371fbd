package org.peermentor.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Intake's packages point one way. The features (the profile API, imports, programs, pairing statuses, the outbox,
 * the API description) stand on {@code profile}, which stands on {@code audit} and {@code web}; no feature uses
 * another, and nothing uses a feature. So no package imports one that imports it back.
 */
@AnalyzeClasses(packages = "org.peermentor.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageDependsOnOneThatDependsOnIt =
            slices().matching("org.peermentor.intake.(*)..").should().beFreeOfCycles();

    /**
     * The root package (the application, its settings, what every feature shares) uses no feature: the features
     * stand on it, so none can form a cycle with it, which the slices above, leaving the root out, would not see.
     */
    @ArchTest
    static final ArchRule theRootUsesNoFeature = noClasses()
            .that()
            .resideInAPackage("org.peermentor.intake")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.peermentor.intake.*..");

    @ArchTest
    static final ArchRule featuresStandOnProfilesWhichStandOnAuditAndWeb = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("people")
            .definedBy("org.peermentor.intake.people..")
            .layer("imports")
            .definedBy("org.peermentor.intake.imports..")
            .layer("program")
            .definedBy("org.peermentor.intake.program..")
            .layer("pairing")
            .definedBy("org.peermentor.intake.pairing..")
            .layer("outbox")
            .definedBy("org.peermentor.intake.outbox..")
            .layer("openapi")
            .definedBy("org.peermentor.intake.openapi..")
            .layer("profile")
            .definedBy("org.peermentor.intake.profile..")
            .layer("audit")
            .definedBy("org.peermentor.intake.audit..")
            .layer("web")
            .definedBy("org.peermentor.intake.web..")
            .whereLayer("people")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("imports")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("program")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("pairing")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("outbox")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("openapi")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("profile")
            .mayOnlyBeAccessedByLayers("people", "imports", "program", "pairing", "outbox", "openapi")
            .whereLayer("audit")
            .mayOnlyBeAccessedByLayers("people", "imports", "pairing", "profile")
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("people");
}
