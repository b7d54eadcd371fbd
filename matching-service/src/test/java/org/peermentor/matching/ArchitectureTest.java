package org.peermentor.matching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.peermentor.testkit.OneWayPackages;

/**
 * Matching's packages point one way. At the top, check-ins (a step of the follow-up sweep), the follow-up sweep, the
 * profile feed, the waiting list and the reports read the features; rounds stand on erasure, which stands on pairings;
 * pairings stand on settings, the audit trail, the profile replica, {@code program} and web access. Where a lower
 * package must reach a higher one it holds an interface the higher one implements: {@code program.RoundNudge} (round's
 * trigger) for pairings, erasure and the feed; {@code erasure.RoundHistory} (round's store) for erasure;
 * {@code audit.PairingPrograms} (pairing's store) for the audit trail; {@code followup.FollowUpStep} (check-ins'
 * sweep) for the follow-up loop. Leavers reach pairings through one door, {@code pairing.Departures}. So no package
 * imports one that imports it back, and the root uses no feature.
 */
@AnalyzeClasses(packages = "org.peermentor.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends OneWayPackages {

    /** Matching's packages, from the top down; each is a layer of its own. */
    private static final List<String> PACKAGES = List.of(
            "checkin",
            "followup",
            "feed",
            "waiting",
            "report",
            "openapi",
            "round",
            "erasure",
            "pairing",
            "settings",
            "audit",
            "profile",
            "program",
            "web");

    @ArchTest
    final ArchRule featuresPointDownToPairingsProfilesAndTheProgramDoor = layers(PACKAGES)
            .whereLayer("checkin")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("followup")
            .mayOnlyBeAccessedByLayers("checkin")
            .whereLayer("feed")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("waiting")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("report")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("openapi")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("round")
            .mayOnlyBeAccessedByLayers("waiting")
            .whereLayer("erasure")
            .mayOnlyBeAccessedByLayers("feed", "round")
            .whereLayer("pairing")
            .mayOnlyBeAccessedByLayers("checkin", "followup", "feed", "waiting", "report", "round", "erasure")
            .whereLayer("settings")
            .mayOnlyBeAccessedByLayers("checkin", "followup", "round", "pairing")
            .whereLayer("audit")
            .mayOnlyBeAccessedByLayers("checkin", "round", "pairing", "settings")
            .whereLayer("profile")
            .mayOnlyBeAccessedByLayers("feed", "waiting", "report", "round", "erasure", "pairing")
            .whereLayer("program")
            .mayOnlyBeAccessedByLayers("feed", "round", "erasure", "pairing")
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("checkin", "waiting", "report", "round", "pairing", "settings", "audit");
}
