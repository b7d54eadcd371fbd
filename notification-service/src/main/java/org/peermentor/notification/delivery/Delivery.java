package org.peermentor.notification.delivery;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
public record Delivery(
        String id,
        String eventId,
        String pairingId,
        String programId,
        String type,
        Role recipientRole,
        String recipientId,
        String partnerId,
        String recipient,
        DeliveryStatus status,
        int attempts,
        int tries,
        long revision,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String reason,
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
        return DeliveryBuilder.builder(this).nextAttemptAt(when).build();
    }

    /** This delivery as it is once a try has reserved it until the end of its lease. */
    Delivery claimed(Instant now, Duration lease) {
        return DeliveryBuilder.builder(this)
                .tries(tries + 1)
                .revision(revision + 1)
                .nextAttemptAt(now.plus(lease))
                .build();
    }
}
