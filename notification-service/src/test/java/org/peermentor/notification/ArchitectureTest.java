package org.peermentor.notification;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.testkit.OneWayPackages;

/**
 * Notification's packages point one way: no feature package imports one that imports it back, and the root package
 * (the application and its settings) imports no feature, so every feature may read the settings. Email composition
 * knows nothing of Kafka or MongoDB; the contact directory knows nothing of mail.
 */
@AnalyzeClasses(packages = "org.peermentor.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends OneWayPackages {

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
            .callMethodWhere(anyOf(Map.of(
                    ParticipantProfile.class, List.of("primaryIssue", "issues", "lastName", "phone"),
                    MentorProfile.class, List.of("livedExperience", "trainedFor", "lastName", "phone"))));

    /** A call to one of the named methods of one of the given classes. */
    private static DescribedPredicate<JavaMethodCall> anyOf(Map<Class<?>, List<String>> methods) {
        return describe(
                "a call to one of " + methods,
                call -> methods.entrySet().stream()
                        .anyMatch(owner -> call.getTargetOwner().isEquivalentTo(owner.getKey())
                                && owner.getValue().contains(call.getName())));
    }
}
