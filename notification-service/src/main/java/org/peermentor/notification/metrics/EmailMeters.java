package org.peermentor.notification.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code peermentor_emails_total}: deliveries that ended, by the event type that asked for them and their outcome
 * (SENT, FAILED, SKIPPED_NO_CONSENT, …).
 */
@Component
public record EmailMeters(MeterRegistry meters) {

    public void ended(String type, String outcome) {
        Counter.builder("peermentor.emails")
                .description("Emails whose delivery ended, by type and outcome")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
