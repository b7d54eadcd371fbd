package org.peermentor.testkit;

import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMongo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service on a random port, on a broker and a store of the test's own, which the test stops and starts to see
 * what its listeners do meanwhile: the driver gives up on a store that is away after a second, so each try fails
 * fast. A service's test extends this (with a {@code @TestPropertySource} for settings of its own), as does
 * {@link ReadinessContract}. The two servers are started once for the module's tests, and each test leaves them
 * running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its broker and store are its own, stopped and started by the test
public abstract class OwnBrokerAndStore {

    protected static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();
    protected static final EmbeddedMongo mongo = SharedInfrastructure.startMongo();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void ownBrokerAndStore(DynamicPropertyRegistry registry) {
        SharedInfrastructure.connectFailingFast(registry::add, kafka, mongo, "own");
    }
}
