package org.peermentor.notification.support;

import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification service on a random port against the shared real Kafka broker, MongoDB wire-protocol server
 * and SMTP server. Every test class extending this shares one application context, hence one consumer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningNotification extends NotificationHarness {

    @LocalServerPort
    int port;

    @Autowired
    protected ReactiveMongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().connectionString() + "/notification");
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SharedInfrastructure.mail().smtpPort());
        for (String setting : TestSettings.properties()) {
            String[] nameAndValue = setting.split("=", 2);
            registry.add(nameAndValue[0], () -> nameAndValue[1]);
        }
    }

    @Override
    protected String bootstrapServers() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }

    @Override
    protected EmbeddedMail mail() {
        return SharedInfrastructure.mail();
    }

    @Override
    protected int port() {
        return port;
    }
}
