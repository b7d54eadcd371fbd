package org.peermentor.contracts;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;

/**
 * A check-in of an accepted pairing is due: the mentor, and the participant if they consented to email, are asked
 * how it is going. Each gets their own one-use link ({@code mentorToken}, {@code participantToken}) to check-in
 * {@code checkInId}, valid until {@code answerBy}. The pairing itself does not change.
 *
 * @param number 1 for the first check-in after acceptance, then 2, 3, …
 */
@RecordBuilder
public record PairingCheckInDue(
        String eventId,
        Instant occurredAt,
        String pairingId,
        Pairing pairing,
        String checkInId,
        int number,
        String mentorToken,
        String participantToken,
        Instant answerBy)
        implements PairingEvent {}
