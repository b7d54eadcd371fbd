package org.peermentor.notification.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingBuilder;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.contracts.PairingDeclined;
import org.peermentor.contracts.PairingEnded;
import org.peermentor.contracts.PairingExpired;
import org.peermentor.contracts.PairingProposed;
import org.peermentor.contracts.PairingReminderDue;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;

/**
 * A pairing of two people as matching would publish it. By default they share ALCOHOL_USE, meet ONLINE, and have
 * one weekly hour in common: Tuesday 18:00 in Chicago, which is Wednesday 01:00 in Warsaw.
 */
public record PairingFixture(
        String id,
        Person participant,
        Person mentor,
        String sharedIssue,
        List<Format> formats,
        List<Overlap> overlaps) {

    public static final Instant TOKEN_EXPIRES = Instant.parse("2026-03-17T09:00:00Z");
    /** Thursday 16 April 2026, 04:00 in Chicago, 11:00 in Warsaw. */
    public static final Instant ANSWER_BY = Instant.parse("2026-04-16T09:00:00Z");

    public static PairingFixture of(Person participant, Person mentor) {
        return new PairingFixture(
                "pr-" + UUID.randomUUID(),
                participant,
                mentor,
                "ALCOHOL_USE",
                List.of(Format.ONLINE),
                List.of(new Overlap(slot(DayOfWeek.TUESDAY, 18, 19), slot(DayOfWeek.WEDNESDAY, 1, 2), 60)));
    }

    public PairingFixture withIssue(String code) {
        return new PairingFixture(id, participant, mentor, code, formats, overlaps);
    }

    public PairingFixture withFormats(Format... chosen) {
        return new PairingFixture(id, participant, mentor, sharedIssue, List.of(chosen), overlaps);
    }

    public PairingFixture withOverlaps(Overlap... chosen) {
        return new PairingFixture(id, participant, mentor, sharedIssue, formats, List.of(chosen));
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
        return new PairingCheckInDue(
                eventId(), Instant.now(), id, accepted, checkIn, number, "m-" + checkIn, "p-" + checkIn, ANSWER_BY);
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
        return PairingBuilder.builder()
                .id(id)
                .version(version)
                .status(status)
                .programId(participant.programId())
                .roundId("r-1")
                .participantId(participant.id())
                .mentorId(mentor.id())
                .sharedIssue(sharedIssue)
                .formats(formats)
                .overlaps(overlaps)
                .explanation(List.of("Lived experience of " + sharedIssue, "Both speak en"))
                .participantStatus(participantStatus)
                .participantSequence(version)
                .build();
    }

    public static Slot slot(DayOfWeek day, int fromHour, int toHour) {
        return new Slot(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    private static String eventId() {
        return "e-" + UUID.randomUUID();
    }
}
