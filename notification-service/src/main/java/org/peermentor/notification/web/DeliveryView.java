package org.peermentor.notification.web;

import java.time.Instant;
import org.peermentor.notification.delivery.Delivery;
import org.peermentor.notification.delivery.DeliveryStatus;

/**
 * One line of the delivery log as the API shows it: the contract's fields, then who (by role), when it was
 * recorded and, for a delivery that waits, was skipped or failed, why.
 *
 * @param recipient the email address, once the first attempt looked it up
 */
record DeliveryView(String id, String eventId, String pairingId, String type, String recipient, DeliveryStatus status,
                    int attempts, Instant sentAt, String recipientRole, Instant createdAt, String reason) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.eventId(), delivery.pairingId(), delivery.type(),
                delivery.recipient(), delivery.status(), delivery.attempts(), delivery.sentAt(),
                delivery.recipientRole().name(), delivery.createdAt(), delivery.reason());
    }
}
