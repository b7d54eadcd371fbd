package org.peermentor.intake.publishing;

import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The publishing contract on a real Kafka broker (KRaft, in process) and a MongoDB wire-protocol server. */
class ProfilePublishingOnEmbeddedInfrastructureTest extends ProfilePublishingContract {

    /** A broker of this class's own, because the outage test stops it. */
    static final EmbeddedKafkaBroker BROKER = SharedInfrastructure.startKafka();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.PUBLIC_KEY_PROPERTY, TestIssuer::publicKeyLocation);
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
        registry.add(
                "spring.mongodb.uri", () -> SharedInfrastructure.mongo().connectionString() + "/intake-publishing");
    }

    @Override
    String bootstrapServers() {
        return BROKER.bootstrapServers();
    }

    @Override
    void stopBroker() {
        BROKER.stop();
    }

    @Override
    void startBroker() {
        BROKER.start();
    }
}
