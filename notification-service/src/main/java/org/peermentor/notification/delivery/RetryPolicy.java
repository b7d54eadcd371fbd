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

    /** After a try that did not end the delivery: PENDING until the next try, or FAILED once the tries are used up. */
    Outcome afterTry(Delivery tried, boolean attempted, String address, String reason, Instant now) {
        return nextAttempt(tried.tries(), now)
                .map(next -> Outcome.retry(tried, attempted, next, address, reason))
                .orElseGet(() -> Outcome.end(tried, attempted, DeliveryStatus.FAILED, address, reason));
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
