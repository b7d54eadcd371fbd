package org.peermentor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.messaging.EventRecords;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Records the deliveries a pairing event causes, and nothing more: sending is the sender's, off this thread. */
@Component
class PairingEventListener {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final DeliveryLog deliveries;
    private final DeliverySender sender;
    private final Clock clock;

    PairingEventListener(DeliveryLog deliveries, DeliverySender sender, Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    // The container thread is ours to block: the offset is committed only once the deliveries are recorded.
    @KafkaListener(id = "pairings", idIsGroup = false, topics = Topics.PAIRING_EVENTS)
    void onPairingEvent(ConsumerRecord<String, byte[]> record) {
        List<Delivery> planned = DeliveryPlan.deliveriesFor(EventRecords.pairingEvent(record), clock.instant());
        Flux.fromIterable(planned).concatMap(deliveries::record).then().block(STORE_TIMEOUT);
        planned.forEach(delivery -> sender.announce(delivery.id()));
    }
}
