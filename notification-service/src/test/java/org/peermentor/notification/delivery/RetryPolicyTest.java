package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheCap() {
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plusSeconds(2));
        assertThat(policy.nextAttempt(2, NOW)).contains(NOW.plusSeconds(4));
        assertThat(policy.nextAttempt(3, NOW)).contains(NOW.plusSeconds(8));
        assertThat(policy.nextAttempt(4, NOW)).contains(NOW.plusSeconds(10));
    }

    @Test
    void afterTheLastAttemptTheDeliveryIsGivenUp() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
    }

    @Test
    void aVeryLongWaitStaysAtTheCap() {
        RetryPolicy patient = new RetryPolicy(1000, Duration.ofSeconds(2), Duration.ofMinutes(10));

        assertThat(patient.nextAttempt(999, NOW)).contains(NOW.plus(Duration.ofMinutes(10)));
    }
}
