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
        return builder().id(delivery.id()).eventId(delivery.eventId()).pairingId(delivery.pairingId())
                .type(delivery.type()).recipient(delivery.recipient()).status(delivery.status())
                .attempts(delivery.attempts()).sentAt(delivery.sentAt()).recipientRole(delivery.recipientRole().name())
                .createdAt(delivery.createdAt()).reason(delivery.reason()).build();
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeliveryView} by naming each value, instead of a 11-argument constructor call. */
    public static final class Builder {

        private String id;
        private String eventId;
        private String pairingId;
        private String type;
        private String recipient;
        private DeliveryStatus status;
        private int attempts;
        private Instant sentAt;
        private String recipientRole;
        private Instant createdAt;
        private String reason;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder pairingId(String pairingId) {
            this.pairingId = pairingId;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder status(DeliveryStatus status) {
            this.status = status;
            return this;
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder sentAt(Instant sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        public Builder recipientRole(String recipientRole) {
            this.recipientRole = recipientRole;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public DeliveryView build() {
            return new DeliveryView(id, eventId, pairingId, type, recipient, status, attempts, sentAt, recipientRole,
                    createdAt, reason);
        }
    }
}
