package org.peermentor.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.peermentor.contracts.fixtures.Pairings;
import org.peermentor.contracts.fixtures.People;
import tools.jackson.databind.JsonNode;

/**
 * Fixed sample events, the same in every golden test, and the golden JSON each is pinned to. The people and
 * pairings start from the shared fixtures' defaults and set only the values the golden files have otherwise.
 */
final class SampleEvents {

    static final Instant REGISTERED = Instant.parse("2026-03-02T15:04:05Z");
    static final Instant CHANGED = Instant.parse("2026-03-03T09:00:00Z");

    private SampleEvents() {}

    /** The golden JSON of an event type, from {@code /golden/<type>.json}. */
    static JsonNode golden(String type) throws IOException {
        try (InputStream in = SampleEvents.class.getResourceAsStream("/golden/" + type + ".json")) {
            assertThat(in).as("golden file for %s", type).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }

    static ParticipantProfile participant(ProfileStatus status, long version) {
        return People.participant("Ana")
                .id("p-1")
                .version(version)
                .status(status)
                .registeredAt(REGISTERED)
                .updatedAt(CHANGED)
                .phone("+15550100")
                .birthYear(1991)
                .languages(List.of("es", "en"))
                .region("chicago-north")
                .primaryIssue("ALCOHOL_USE")
                .issues(List.of("ALCOHOL_USE", "ANXIETY"))
                .formats(List.of(Format.ONLINE, Format.IN_PERSON))
                .mentorGenderPreference("SAME")
                .build();
    }

    static MentorProfile mentor(ProfileStatus status, long version) {
        return People.mentor("Bea")
                .id("m-1")
                .version(version)
                .status(status)
                .registeredAt(REGISTERED)
                .updatedAt(CHANGED)
                .birthYear(1980)
                .languages(List.of("pl", "en"))
                .timezone("Europe/Warsaw")
                .livedExperience(List.of("ALCOHOL_USE"))
                .trainedFor(List.of("ANXIETY"))
                .availability(List.of(new Slot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 30))))
                .capacity(3)
                .build();
    }

    static ParticipantProfileChanged participantProfileChanged() {
        return new ParticipantProfileChanged("e-1", CHANGED, "p-1", 2, participant(ProfileStatus.WAITING, 2));
    }

    static ParticipantWithdrawn participantWithdrawn() {
        return new ParticipantWithdrawn("e-2", CHANGED, "p-1", 3, participant(ProfileStatus.WITHDRAWN, 3));
    }

    static MentorProfileChanged mentorProfileChanged() {
        return new MentorProfileChanged("e-3", CHANGED, "m-1", 1, mentor(ProfileStatus.ACTIVE, 1));
    }

    static MentorWithdrawn mentorWithdrawn() {
        return new MentorWithdrawn("e-4", CHANGED, "m-1", 2, mentor(ProfileStatus.WITHDRAWN, 2));
    }

    static Pairing pairing(PairingStatus status, long version, ProfileStatus participantStatus, long sequence) {
        return Pairings.pairing()
                .id("pr-1")
                .version(version)
                .status(status)
                .participantId("p-1")
                .mentorId("m-1")
                .participantStatus(participantStatus)
                .participantSequence(sequence)
                .build();
    }

    static List<PairingEvent> pairingEvents() {
        // the reminder repeats the approval it reminds of (the same pairing, token and expiry); the check-in is
        // due on the pairing as accepted
        Pairing approved = pairing(PairingStatus.APPROVED, 2, ProfileStatus.MATCHED, 2);
        Instant tokenExpires = Instant.parse("2026-03-17T09:00:00Z");
        Pairing accepted = pairing(PairingStatus.ACCEPTED, 3, ProfileStatus.MATCHED, 3);
        return List.of(
                new PairingProposed(
                        "e-10", CHANGED, "pr-1", pairing(PairingStatus.PROPOSED, 1, ProfileStatus.PROPOSED, 1)),
                new PairingApproved("e-11", CHANGED, "pr-1", approved, "token-abc", tokenExpires),
                new PairingRejected(
                        "e-12",
                        CHANGED,
                        "pr-1",
                        pairing(PairingStatus.REJECTED, 2, ProfileStatus.WAITING, 2),
                        "Prefers someone nearer"),
                new PairingSuperseded(
                        "e-13", CHANGED, "pr-1", pairing(PairingStatus.SUPERSEDED, 2, ProfileStatus.PROPOSED, 3)),
                new PairingAccepted("e-14", CHANGED, "pr-1", accepted),
                new PairingDeclined(
                        "e-15", CHANGED, "pr-1", pairing(PairingStatus.DECLINED, 3, ProfileStatus.WAITING, 3)),
                new PairingEnded(
                        "e-16",
                        CHANGED,
                        "pr-1",
                        pairing(PairingStatus.ENDED, 4, ProfileStatus.WAITING, 4),
                        "Moved away",
                        true),
                new PairingReminderDue("e-17", CHANGED, "pr-1", approved, "token-abc", tokenExpires),
                new PairingExpired(
                        "e-18", CHANGED, "pr-1", pairing(PairingStatus.EXPIRED, 3, ProfileStatus.WAITING, 3)),
                PairingCheckInDueBuilder.builder()
                        .eventId("e-19")
                        .occurredAt(CHANGED)
                        .pairingId("pr-1")
                        .pairing(accepted)
                        .checkInId("pr-1-c1")
                        .number(1)
                        .mentorToken("token-mentor")
                        .participantToken("token-participant")
                        .answerBy(Instant.parse("2026-04-16T09:00:00Z"))
                        .build());
    }
}
