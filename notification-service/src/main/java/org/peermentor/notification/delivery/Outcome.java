package org.peermentor.notification.delivery;

import java.time.Instant;

/**
 * What one try made of a reserved delivery: SENT, back to PENDING until the next try, FAILED or SKIPPED_NO_CONSENT —
 * or, with no status, nothing at all (its reservation ran too short to start an attempt; the store is left as it is).
 *
 * @param tried the delivery as the try reserved it; the outcome applies only to that revision
 * @param attempted whether this try handed the email to SMTP
 * @param address the recipient's address, once known
 * @param at when it was sent (SENT) or when the next try is due (PENDING)
 */
record Outcome(Delivery tried, DeliveryStatus status, boolean attempted, String address, String reason, Instant at) {

    static Outcome sent(Delivery tried, String address, Instant at) {
        return new Outcome(tried, DeliveryStatus.SENT, true, address, null, at);
    }

    static Outcome retry(Delivery tried, boolean attempted, Instant next, String address, String reason) {
        return new Outcome(tried, DeliveryStatus.PENDING, attempted, address, reason, next);
    }

    static Outcome end(Delivery tried, boolean attempted, DeliveryStatus status, String address, String reason) {
        return new Outcome(tried, status, attempted, address, reason, null);
    }

    static Outcome notTried(Delivery tried) {
        return new Outcome(tried, null, false, null, null, null);
    }

    boolean changesStore() {
        return status != null;
    }

    boolean isFinal() {
        return status != null && status != DeliveryStatus.PENDING;
    }

    int attempts() {
        return tried.attempts() + (attempted ? 1 : 0);
    }

    /** The delivery as it stands once this outcome is stored, for its next try; null once it is final. */
    Delivery next() {
        if (isFinal()) {
            return null;
        }
        if (!changesStore()) {
            return tried;
        }
        return DeliveryBuilder.builder(tried)
                .recipient(address != null ? address : tried.recipient())
                .status(DeliveryStatus.PENDING)
                .attempts(attempts())
                .revision(tried.revision() + 1)
                .nextAttemptAt(at)
                .reason(reason)
                .build();
    }
}
