package org.peermentor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Records the deliveries a batch of pairing events causes, in one write, and nothing more: sending is the sender's,
 * off this thread. Each delivery is recorded already reserved for its first try, so the sender can take the new
 * ones straight from here without another write. A record that fails is named to the container's error handler by
 * its place in the batch: the records before it are committed, it is retried or dead-lettered, the rest come again.
 */
@Component
record PairingEventListener(
        DeliveryLog deliveries, DeliverySender sender, NotificationProperties properties, Clock clock) {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    // The container thread is ours to block: the offsets are committed only once the deliveries are recorded. A
    // fetch waits up to 50 ms for 64 KB of events: under load, batches of tens of events (one insert each) instead of
    // one or two; when quiet, an event waits at most those 50 ms.
    @KafkaListener(
            id = "pairings",
            idIsGroup = false,
            topics = Topics.PAIRING_EVENTS,
            batch = "true",
            properties = {"fetch.min.bytes=65536", "fetch.max.wait.ms=50"})
    void onPairingEvents(List<ConsumerRecord<String, byte[]>> records) {
        Instant now = clock.instant();
        List<Delivery> planned = new ArrayList<>();
        List<Integer> plannedFrom = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                for (Delivery delivery : DeliveryPlan.deliveriesFor(EventRecords.pairingEvent(records.get(i)), now)) {
                    planned.add(delivery.claimed(now, properties.sending().lease()));
                    plannedFrom.add(i);
                }
            } catch (RuntimeException unreadable) {
                record(planned, plannedFrom);
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, i);
            }
        }
        record(planned, plannedFrom);
    }

    private void record(List<Delivery> planned, List<Integer> plannedFrom) {
        Recording recording;
        try {
            recording = deliveries.recordAll(planned).block(STORE_TIMEOUT);
        } catch (RuntimeException failure) {
            // nothing is known to be recorded: the batch comes again from its first record with deliveries
            throw new BatchListenerFailedException(
                    "Deliveries could not be recorded", failure, plannedFrom.isEmpty() ? 0 : plannedFrom.get(0));
        }
        sender.accept(recording.recorded());
        for (int i = 0; i < planned.size(); i++) {
            if (recording.refused().contains(planned.get(i).id())) {
                throw new BatchListenerFailedException(
                        "Delivery " + planned.get(i).id() + " could not be recorded",
                        new IllegalStateException("refused by the store"),
                        plannedFrom.get(i));
            }
        }
    }
}
