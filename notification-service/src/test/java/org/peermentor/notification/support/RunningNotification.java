package org.peermentor.notification.support;

import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification service on a random port against the shared real Kafka broker, MongoDB wire-protocol server
 * and SMTP server. Every test class extending this shares one application context, hence one consumer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningNotification extends NotificationHarness {

    @Autowired
    protected ReactiveMongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestSettings.connect(
                registry,
                () -> SharedInfrastructure.kafka().bootstrapServers(),
                () -> SharedInfrastructure.mongo().connectionString() + "/notification",
                () -> SharedInfrastructure.mail().smtpPort());
    }

    @Override
    protected EmbeddedMail mail() {
        return SharedInfrastructure.mail();
    }
}
