package org.peermentor.notification.flow;

import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.notification.support.NotificationHarness;
import org.peermentor.notification.support.TestSettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same core flow against the official MongoDB and Apache Kafka images, where a Docker engine exists; mail
 * still goes to an in-process GreenMail, so the test reads it the same way.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class CoreFlowOnContainersTest extends NotificationHarness implements CoreFlowContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    static final EmbeddedMail MAIL = EmbeddedMail.create(null, 0, 0);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        MAIL.start();
        TestSettings.connect(
                registry, KAFKA::getBootstrapServers, () -> MONGO.getReplicaSetUrl("notification"), MAIL::smtpPort);
    }

    @Override
    protected EmbeddedMail mail() {
        return MAIL;
    }
}
