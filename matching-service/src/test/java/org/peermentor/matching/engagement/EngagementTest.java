package org.peermentor.matching.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.fixtures.Pairings;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.FollowUp;
import org.peermentor.matching.pairing.FollowUpBuilder;
import org.peermentor.matching.pairing.Health;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.pairing.StoredPairingBuilder;

/** What a program manager reads of the months after the match. */
class EngagementTest {

    private static final Instant NOW = Instant.parse("2026-09-01T12:00:00Z");
    private static final Instant ACCEPTED = NOW.minus(Duration.ofDays(120));

    @Test
    void aProgramWithNoAcceptedPairingHasNothingToDivide() {
        EngagementReport report = Engagement.of("north", List.of(pairing("a", PairingStatus.APPROVED)), Set.of(), NOW);

        assertThat(report.accepted()).isZero();
        assertThat(report.health())
                .containsOnlyKeys(Health.values())
                .allSatisfy((health, count) -> assertThat(count).isZero());
        assertThat(report.onTrackShare()).isNull();
        assertThat(report.medianDaysToFirstMeeting()).isNull();
        assertThat(report.earlyEndings().count()).isZero();
        assertThat(report.answerRates().mentor()).isNull();
        assertThat(report.answerRates().participant()).isNull();
    }

    @Test
    void sharesCountOnlyThePairingsThatCanBeJudged() {
        List<StoredPairing> pairings = List.of(
                accepted("too-early", 0),
                accepted("on-track", 1, answer(1, CheckInRole.MENTOR, CheckInReply.GOING_WELL, 3)),
                accepted("worried", 1, answer(1, CheckInRole.PARTICIPANT, CheckInReply.NOT_A_FIT, 5)),
                accepted("quiet", 2));

        EngagementReport report = Engagement.of("north", pairings, Set.of("p-on-track", "p-worried"), NOW);

        assertThat(report.accepted()).isEqualTo(4);
        assertThat(report.active()).isEqualTo(4);
        assertThat(report.health())
                .isEqualTo(Map.of(
                        Health.TOO_EARLY, 1,
                        Health.ON_TRACK, 1,
                        Health.NEEDS_ATTENTION, 1,
                        Health.QUIET, 1));
        // one of the three past "too early to tell"
        assertThat(report.onTrackShare()).isEqualTo(0.333);
        // the mentors were sent 4 check-ins and answered 1; the two consenting participants 2 and answered 1
        assertThat(report.answerRates().mentor()).isEqualTo(0.25);
        assertThat(report.answerRates().participant()).isEqualTo(0.5);
        assertThat(report.medianDaysToFirstMeeting()).isEqualTo(4.0);
    }

    @Test
    void weHaveNotMetYetDoesNotCountAsAFirstMeeting() {
        StoredPairing slow = accepted(
                "slow",
                2,
                answer(1, CheckInRole.MENTOR, CheckInReply.NOT_MET, 14),
                answer(2, CheckInRole.PARTICIPANT, CheckInReply.GOING_WELL, 44));

        assertThat(Engagement.of("north", List.of(slow), Set.of(), NOW).medianDaysToFirstMeeting())
                .isEqualTo(44.0);
    }

    @Test
    void earlyEndingsAreThoseUnderNinetyDaysWithTheirReasonsMostFrequentFirst() {
        List<StoredPairing> pairings = new ArrayList<>();
        pairings.add(ended("moved-1", 30, "Moved away"));
        pairings.add(ended("moved-2", 89, "Moved away"));
        pairings.add(ended("fit", 10, "Not a good fit"));
        pairings.add(ended("erased", 20, null));
        pairings.add(ended("late", 91, "Moved away"));

        EarlyEndings early = Engagement.of("north", pairings, Set.of(), NOW).earlyEndings();

        assertThat(early.count()).isEqualTo(4);
        assertThat(early.reasons())
                .containsExactly(
                        new EndingReason("Moved away", 2),
                        new EndingReason(Engagement.NO_REASON, 1),
                        new EndingReason("Not a good fit", 1));
    }

    private static StoredPairing accepted(String id, int checkInsSent, CheckInAnswer... answers) {
        FollowUp followUp = FollowUpBuilder.builder()
                .acceptedAt(ACCEPTED)
                .checkInsSent(checkInsSent)
                .answers(List.of(answers))
                .build();
        return stored(id, PairingStatus.ACCEPTED, null, false, ACCEPTED, followUp);
    }

    private static StoredPairing ended(String id, int daysAfterAcceptance, String reason) {
        Instant endedAt = ACCEPTED.plus(Duration.ofDays(daysAfterAcceptance));
        return stored(
                id,
                PairingStatus.ENDED,
                reason,
                true,
                endedAt,
                FollowUpBuilder.builder().acceptedAt(ACCEPTED).build());
    }

    private static StoredPairing pairing(String id, PairingStatus status) {
        return stored(id, status, null, false, ACCEPTED, null);
    }

    /** A pairing of program "north" with participant {@code p-id}, stored at {@link #ACCEPTED}. */
    private static StoredPairing stored(
            String id, PairingStatus status, String reason, boolean rematch, Instant updatedAt, FollowUp followUp) {
        Pairing pairing = Pairings.pairing()
                .id(id)
                .status(status)
                .programId("north")
                .participantId("p-" + id)
                .build();
        return StoredPairingBuilder.builder()
                .pairing(pairing)
                .reason(reason)
                .rematch(rematch)
                .createdAt(ACCEPTED)
                .updatedAt(updatedAt)
                .followUp(followUp)
                .build();
    }

    private static CheckInAnswer answer(int number, CheckInRole role, CheckInReply reply, int daysAfterAcceptance) {
        return new CheckInAnswer(number, role, reply, null, false, ACCEPTED.plus(Duration.ofDays(daysAfterAcceptance)));
    }
}
