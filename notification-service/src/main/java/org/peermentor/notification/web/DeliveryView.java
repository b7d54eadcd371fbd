package org.peermentor.notification.web;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import org.peermentor.notification.delivery.Delivery;
import org.peermentor.notification.delivery.DeliveryStatus;

/**
 * One line of the delivery log as the API shows it: the contract's fields, then who (by role), when it was
 * recorded and, for a delivery that waits, was skipped or failed, why.
 *
 * @param recipient the email address, once the first attempt looked it up
 */
@RecordBuilder
record DeliveryView(
        String id,
        String eventId,
        String pairingId,
        String type,
        String recipient,
        DeliveryStatus status,
        int attempts,
        Instant sentAt,
        String recipientRole,
        Instant createdAt,
        String reason) {

    static DeliveryView of(Delivery delivery) {
        return DeliveryViewBuilder.builder()
                .id(delivery.id())
                .eventId(delivery.eventId())
                .pairingId(delivery.pairingId())
                .type(delivery.type())
                .recipient(delivery.recipient())
                .status(delivery.status())
                .attempts(delivery.attempts())
                .sentAt(delivery.sentAt())
                .recipientRole(delivery.recipientRole().name())
                .createdAt(delivery.createdAt())
                .reason(delivery.reason())
                .build();
    }
}
