package org.peermentor.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peermentor.notification.NotificationProperties;

/** Exponential backoff per delivery: the wait doubles with each failed attempt, up to a cap, for a bounded number of attempts. */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    static RetryPolicy of(NotificationProperties.Sending settings) {
        return new RetryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff());
    }

    /** When to try again after {@code attemptsMade} failed attempts, or empty when the delivery is to be given up. */
    Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(Math.max(attemptsMade - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return Optional.of(now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait));
    }
}
