package org.peermentor.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peermentor.notification.NotificationProperties;

/**
 * Exponential backoff per delivery: the wait doubles with each try that did not end it (an SMTP failure, or waiting
 * for a profile), up to a cap, for a bounded number of tries.
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    static RetryPolicy of(NotificationProperties.Sending settings) {
        return new RetryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff());
    }

    /** When to try again after {@code triesMade} tries, or empty when the delivery is to be given up. */
    Optional<Instant> nextAttempt(int triesMade, Instant now) {
        if (triesMade >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(triesMade - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return Optional.of(now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait));
    }
}
