package org.peermentor.notification.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.peermentor.notification.metrics.EmailMeters;
import org.peermentor.service.store.StoreOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Stores the outcomes of tries, many in one write, counts and logs those that end a delivery (ids only, never a
 * name or an address), and tells which deliveries are to be taken up again. A store outage is waited out — an email
 * SMTP accepted must get its SENT mark, never a second send; anything else is logged and left to the leases.
 */
@Component
record OutcomeStore(DeliveryLog deliveries, MeterRegistry meters, EmailMeters emails) {

    private static final Logger log = LoggerFactory.getLogger(OutcomeStore.class);

    /** Emits the deliveries that are still PENDING, as they stand once stored, each due at its next try. */
    Mono<List<Delivery>> store(List<Outcome> outcomes) {
        List<Outcome> writes = outcomes.stream().filter(Outcome::changesStore).toList();
        List<Delivery> later =
                outcomes.stream().map(Outcome::next).filter(Objects::nonNull).toList();
        return deliveries
                .settle(writes)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(100))
                        .maxBackoff(Duration.ofSeconds(5))
                        .filter(StoreOutages::isOutage))
                .doOnNext(applied -> {
                    if (applied < writes.size()) {
                        log.warn(
                                "{} of {} deliveries changed while they were tried; left as they are",
                                writes.size() - applied,
                                writes.size());
                    }
                    writes.stream().filter(Outcome::isFinal).forEach(this::ended);
                })
                .thenReturn(later)
                // never retried as sends: the leases keep them from being sent again until they expire
                .onErrorResume(LeftToLeases.logging(
                        log, "The outcomes of {} deliveries could not be stored: {}", writes.size()));
    }

    private void ended(Outcome outcome) {
        Delivery delivery = outcome.tried();
        Counter.builder("notification.deliveries")
                .description("Deliveries ended, by outcome")
                .tag("status", outcome.status().name())
                .tag("type", delivery.type())
                .register(meters)
                .increment();
        emails.ended(delivery.type(), outcome.status().name());
        if (outcome.status() == DeliveryStatus.FAILED) {
            log.warn(
                    "Delivery {} of event {} (pairing {}, {}) FAILED after {} attempt(s): {}",
                    delivery.id(),
                    delivery.eventId(),
                    delivery.pairingId(),
                    delivery.recipientRole(),
                    outcome.attempts(),
                    outcome.reason());
        }
    }
}
