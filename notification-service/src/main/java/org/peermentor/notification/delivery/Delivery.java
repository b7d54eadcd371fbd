package org.peermentor.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.peermentor.notification.contact.Role;

/**
 * One email to one person because of one event.
 *
 * @param id {@code <eventId>.<role>}: the key that makes a second record of the same delivery impossible
 * @param type the event type that caused it, e.g. {@code PairingApproved}
 * @param recipientId the profile id of the person written to; {@code partnerId} the other side of the pairing
 * @param recipient the address used, known from the first attempt on
 * @param attempts how often the email was handed to SMTP
 * @param tries how often the delivery was taken up: its attempts, and the times it waited for a profile
 * @param revision bumped by every change, so each change applies only to the state it was decided on
 * @param nextAttemptAt when the next attempt is due; while an attempt runs, the end of its lease
 * @param reason why the delivery waits, was skipped or failed
 */
public record Delivery(String id, String eventId, String pairingId, String programId, String type, Role recipientRole,
                       String recipientId, String partnerId, String recipient, DeliveryStatus status, int attempts,
                       int tries, long revision, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String reason,
                       Content content) {

    static String idOf(String eventId, Role role) {
        return eventId + "." + role.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a try may still hand this reserved delivery to SMTP at {@code now}: only while at least {@code margin}
     * of its lease is left, so the attempt is over before anyone else may take the delivery up.
     */
    boolean mayBeSentAt(Instant now, Duration margin) {
        return nextAttemptAt.isAfter(now.plus(margin));
    }

    /** This delivery, to be taken up again at {@code when} (a schedule kept in memory; the store is unchanged). */
    Delivery dueAt(Instant when) {
        return toBuilder().nextAttemptAt(when).build();
    }

    /** This delivery as it is once a try has reserved it until the end of its lease. */
    Delivery claimed(Instant now, Duration lease) {
        return toBuilder().tries(tries + 1).revision(revision + 1).nextAttemptAt(now.plus(lease)).build();
    }

    /** A builder holding this delivery's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .eventId(eventId)
                .pairingId(pairingId)
                .programId(programId)
                .type(type)
                .recipientRole(recipientRole)
                .recipientId(recipientId)
                .partnerId(partnerId)
                .recipient(recipient)
                .status(status)
                .attempts(attempts)
                .tries(tries)
                .revision(revision)
                .createdAt(createdAt)
                .nextAttemptAt(nextAttemptAt)
                .sentAt(sentAt)
                .reason(reason)
                .content(content);
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Delivery} by naming each value, instead of a 18-argument constructor call. */
    public static final class Builder {

        private String id;
        private String eventId;
        private String pairingId;
        private String programId;
        private String type;
        private Role recipientRole;
        private String recipientId;
        private String partnerId;
        private String recipient;
        private DeliveryStatus status;
        private int attempts;
        private int tries;
        private long revision;
        private Instant createdAt;
        private Instant nextAttemptAt;
        private Instant sentAt;
        private String reason;
        private Content content;

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

        public Builder programId(String programId) {
            this.programId = programId;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder recipientRole(Role recipientRole) {
            this.recipientRole = recipientRole;
            return this;
        }

        public Builder recipientId(String recipientId) {
            this.recipientId = recipientId;
            return this;
        }

        public Builder partnerId(String partnerId) {
            this.partnerId = partnerId;
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

        public Builder tries(int tries) {
            this.tries = tries;
            return this;
        }

        public Builder revision(long revision) {
            this.revision = revision;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder nextAttemptAt(Instant nextAttemptAt) {
            this.nextAttemptAt = nextAttemptAt;
            return this;
        }

        public Builder sentAt(Instant sentAt) {
            this.sentAt = sentAt;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder content(Content content) {
            this.content = content;
            return this;
        }

        public Delivery build() {
            return new Delivery(id, eventId, pairingId, programId, type, recipientRole, recipientId, partnerId,
                    recipient, status, attempts, tries, revision, createdAt, nextAttemptAt, sentAt, reason, content);
        }
    }
}
