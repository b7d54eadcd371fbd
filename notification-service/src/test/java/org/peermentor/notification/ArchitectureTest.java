package org.peermentor.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Notification's packages point one way: no feature package imports one that imports it back, and the root package
 * (the application and its settings) imports no feature, so every feature may read the settings. Email composition
 * knows nothing of Kafka or MongoDB; the contact directory knows nothing of mail.
 */
@AnalyzeClasses(packages = "org.peermentor.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageDependsOnOneThatDependsOnIt =
            slices().matching("org.peermentor.notification.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theRootPackageImportsNoFeature = noClasses()
            .that()
            .resideInAPackage("org.peermentor.notification")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.peermentor.notification.*..");

    @ArchTest
    static final ArchRule mailKnowsNoKafkaNorMongo = noClasses()
            .that()
            .resideInAPackage("..notification.mail..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.apache.kafka..",
                    "org.springframework.kafka..",
                    "com.mongodb..",
                    "org.springframework.data.mongodb..",
                    "..notification.delivery..",
                    "..notification.contact..",
                    "..notification.messaging..");

    @ArchTest
    static final ArchRule contactsKnowNoMail = noClasses()
            .that()
            .resideInAPackage("..notification.contact..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..notification.mail..",
                    "..notification.delivery..",
                    "jakarta.mail..",
                    "org.springframework.mail..");

    @ArchTest
    static final ArchRule theContactDirectoryHoldsNothingAboutHealth = noClasses()
            .that()
            .resideInAPackage("..notification.contact..")
            .should()
            .callMethod(org.peermentor.contracts.ParticipantProfile.class, "primaryIssue")
            .orShould()
            .callMethod(org.peermentor.contracts.ParticipantProfile.class, "issues")
            .orShould()
            .callMethod(org.peermentor.contracts.ParticipantProfile.class, "lastName")
            .orShould()
            .callMethod(org.peermentor.contracts.ParticipantProfile.class, "phone")
            .orShould()
            .callMethod(org.peermentor.contracts.MentorProfile.class, "livedExperience")
            .orShould()
            .callMethod(org.peermentor.contracts.MentorProfile.class, "trainedFor")
            .orShould()
            .callMethod(org.peermentor.contracts.MentorProfile.class, "lastName")
            .orShould()
            .callMethod(org.peermentor.contracts.MentorProfile.class, "phone");
}
