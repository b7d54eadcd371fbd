package org.peermentor.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.peermentor.testkit.OneWayPackages;

/**
 * Intake's packages point one way. The features (the profile API, imports, programs, pairing statuses, the outbox,
 * the API description) stand on {@code profile}, which stands on {@code audit} and {@code web}; no feature uses
 * another, and nothing uses a feature. So no package imports one that imports it back, and the root uses no feature.
 */
@AnalyzeClasses(packages = "org.peermentor.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends OneWayPackages {

    @ArchTest
    final ArchRule featuresStandOnProfilesWhichStandOnAuditAndWeb = layers(
                    List.of("people", "imports", "program", "pairing", "outbox", "openapi", "profile", "audit", "web"))
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
