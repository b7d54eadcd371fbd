package org.peermentor.notification.support;

import java.util.List;
import java.util.function.Supplier;
import org.peermentor.testkit.TestIssuer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings every test run of the service uses: quick retries, so outages and missing profiles resolve in moments,
 * and tokens trusted from the test issuer.
 */
public final class TestSettings {

    public static final String MATCHING_BASE_URL = "https://matching.test:8443";

    private TestSettings() {}

    public static List<String> properties() {
        return List.of(
                "notification.matching-base-url=" + MATCHING_BASE_URL,
                "notification.sending.tick=20ms",
                "notification.sending.sweep-interval=1s",
                "notification.sending.initial-backoff=100ms",
                "notification.sending.max-backoff=400ms",
                "notification.sending.max-attempts=1000",
                "notification.consuming.backoff=100ms",
                "spring.kafka.consumer.properties.metadata.max.age.ms=1000",
                TestIssuer.PUBLIC_KEY_PROPERTY + "=" + TestIssuer.publicKeyLocation());
    }

    /** A test context's broker, database and SMTP port on this machine, with the settings above, as its properties. */
    public static void connect(
            DynamicPropertyRegistry registry,
            Supplier<Object> bootstrapServers,
            Supplier<Object> mongoUri,
            Supplier<Object> smtpPort) {
        registry.add("spring.kafka.bootstrap-servers", bootstrapServers);
        registry.add("spring.mongodb.uri", mongoUri);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", smtpPort);
        for (String setting : properties()) {
            String[] nameAndValue = setting.split("=", 2);
            registry.add(nameAndValue[0], () -> nameAndValue[1]);
        }
    }
}
