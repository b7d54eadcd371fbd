package org.peermentor.testkit;

import org.junit.jupiter.api.Test;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMongo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every service's readiness must do, checked once for each: a service's test extends this and names nothing
 * else (or adds the properties only it needs). It runs against a broker and a store of its own, which the test
 * stops and starts; one subclass per module, since the two servers are started once for the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its broker and store are its own, stopped and started by the test
public abstract class ReadinessContract {

    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();
    private static final EmbeddedMongo mongo = SharedInfrastructure.startMongo();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void ownBrokerAndStore(DynamicPropertyRegistry registry) {
        SharedInfrastructure.connect(registry::add, kafka, mongo, "readiness");
    }

    @Test
    protected void readinessGoesDownWhileKafkaOrMongoIsAwayAndComesBackWithThem() {
        HealthProbes.assertReadinessFollows(port, kafka, mongo);
    }
}
