package org.peermentor.notification.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code peermentor_emails_total}: deliveries that ended, by the event type that asked for them and their outcome
 * (SENT, FAILED, SKIPPED_NO_CONSENT, …).
 */
public final class EmailMeters {

    private final MeterRegistry meters;

    public EmailMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    public void ended(String type, String outcome) {
        Counter.builder("peermentor.emails")
                .description("Emails whose delivery ended, by type and outcome")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
