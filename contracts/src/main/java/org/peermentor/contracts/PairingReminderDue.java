package org.peermentor.contracts;

import java.time.Instant;

/**
 * The mentor has not answered an approved request after the program's {@code reminderAfter}: they are reminded,
 * once, with a link that works as the first one did ({@code mentorResponseToken}, valid until
 * {@code responseTokenExpiresAt}). The pairing itself does not change.
 */
public record PairingReminderDue(
        String eventId,
        Instant occurredAt,
        String pairingId,
        Pairing pairing,
        String mentorResponseToken,
        Instant responseTokenExpiresAt)
        implements PairingEvent {}
