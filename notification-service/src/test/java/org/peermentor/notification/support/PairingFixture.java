package org.peermentor.notification.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.contracts.PairingCheckInDueBuilder;
import org.peermentor.contracts.PairingDeclined;
import org.peermentor.contracts.PairingEnded;
import org.peermentor.contracts.PairingExpired;
import org.peermentor.contracts.PairingProposed;
import org.peermentor.contracts.PairingReminderDue;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.fixtures.Pairings;

/**
 * A pairing of two people as matching would publish it, from the contracts' {@link Pairings}: by default they share
 * ALCOHOL_USE, meet ONLINE, and have one weekly hour in common: Tuesday 18:00 in Chicago, which is Wednesday 01:00 in
 * Warsaw.
 */
public record PairingFixture(String id, Person participant, Person mentor, String sharedIssue, List<Format> formats) {

    public static final Instant TOKEN_EXPIRES = Instant.parse("2026-03-17T09:00:00Z");
    /** Thursday 16 April 2026, 04:00 in Chicago, 11:00 in Warsaw. */
    public static final Instant ANSWER_BY = Instant.parse("2026-04-16T09:00:00Z");

    public static PairingFixture of(Person participant, Person mentor) {
        Pairing defaults = Pairings.pairing().build();
        return new PairingFixture(defaults.id(), participant, mentor, defaults.sharedIssue(), defaults.formats());
    }

    public PairingFixture withIssue(String code) {
        return new PairingFixture(id, participant, mentor, code, formats);
    }

    public PairingFixture withFormats(Format... chosen) {
        return new PairingFixture(id, participant, mentor, sharedIssue, List.of(chosen));
    }

    public PairingProposed proposed() {
        return new PairingProposed(
                eventId(), Instant.now(), id, pairing(PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1));
    }

    public PairingApproved approved() {
        return approved("token-" + UUID.randomUUID());
    }

    public PairingApproved approved(String token) {
        return new PairingApproved(
                eventId(),
                Instant.now(),
                id,
                pairing(PairingStatus.APPROVED, ProfileStatus.MATCHED, 2),
                token,
                TOKEN_EXPIRES);
    }

    public PairingAccepted accepted() {
        return new PairingAccepted(
                eventId(), Instant.now(), id, pairing(PairingStatus.ACCEPTED, ProfileStatus.MATCHED, 3));
    }

    public PairingDeclined declined() {
        return new PairingDeclined(
                eventId(), Instant.now(), id, pairing(PairingStatus.DECLINED, ProfileStatus.WAITING, 3));
    }

    /** The mentor's reminder of an approval not yet answered, with the approval's token. */
    public PairingReminderDue reminderDue(String token) {
        Pairing approved = pairing(PairingStatus.APPROVED, ProfileStatus.MATCHED, 2);
        return new PairingReminderDue(eventId(), Instant.now(), id, approved, token, TOKEN_EXPIRES);
    }

    /** Check-in {@code number} of the accepted pairing, answerable until {@link #ANSWER_BY}, with a token for each side. */
    public PairingCheckInDue checkInDue(int number) {
        String checkIn = id + "-c" + number;
        Pairing accepted = pairing(PairingStatus.ACCEPTED, ProfileStatus.MATCHED, 3);
        return PairingCheckInDueBuilder.builder()
                .eventId(eventId())
                .occurredAt(Instant.now())
                .pairingId(id)
                .pairing(accepted)
                .checkInId(checkIn)
                .number(number)
                .mentorToken("m-" + checkIn)
                .participantToken("p-" + checkIn)
                .answerBy(ANSWER_BY)
                .build();
    }

    public PairingExpired expired() {
        Pairing expired = pairing(PairingStatus.EXPIRED, ProfileStatus.WAITING, 3);
        return new PairingExpired(eventId(), Instant.now(), id, expired);
    }

    /** Ended for a reason that names a person, as free text may; with {@code rematch} the participant waits again. */
    public PairingEnded ended(boolean rematch) {
        Pairing ended = pairing(PairingStatus.ENDED, rematch ? ProfileStatus.WAITING : ProfileStatus.MATCHED, 4);
        String reason = participant.firstName() + " " + participant.lastName() + " moved away";
        return new PairingEnded(eventId(), Instant.now(), id, ended, reason, rematch);
    }

    private Pairing pairing(PairingStatus status, ProfileStatus participantStatus, long version) {
        // the explanation names the issue code, as matching's does: mail must never copy it
        return Pairings.pairing()
                .id(id)
                .version(version)
                .status(status)
                .programId(participant.programId())
                .participantId(participant.id())
                .mentorId(mentor.id())
                .sharedIssue(sharedIssue)
                .formats(formats)
                .explanation(List.of("Lived experience of " + sharedIssue, "Both speak en"))
                .participantStatus(participantStatus)
                .participantSequence(version)
                .build();
    }

    private static String eventId() {
        return "e-" + UUID.randomUUID();
    }
}
