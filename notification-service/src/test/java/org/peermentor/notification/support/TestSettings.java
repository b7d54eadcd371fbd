package org.peermentor.notification.support;

import java.util.List;
import org.peermentor.testkit.TestIssuer;

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
}
