package org.peermentor.intake.health;

import org.junit.jupiter.api.Test;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.testkit.HealthProbes;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Readiness follows the broker and the store, down and back up; liveness stays UP throughout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its broker and store are its own, stopped and started by the test
class ReadinessTest {

    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();
    private static final EmbeddedMongo mongo = SharedInfrastructure.startMongo();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.connect(registry::add, kafka, mongo, "intake");
    }

    @Test
    void readinessGoesDownWhileKafkaOrMongoIsAwayAndComesBackWithThem() {
        HealthProbes.assertReadinessFollows(port, kafka, mongo);
    }
}
