package org.peermentor.matching.solver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The solver and the matching rules are plain Java: nothing of Spring, Kafka or MongoDB. */
@AnalyzeClasses(packages = "org.peermentor.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theSolverKnowsNothingOfSpringKafkaOrMongo = noClasses()
            .that()
            .resideInAPackage("org.peermentor.matching..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..");
}
