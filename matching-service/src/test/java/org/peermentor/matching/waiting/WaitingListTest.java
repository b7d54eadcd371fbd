package org.peermentor.matching.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.support.Cohort.registeredDaysAgo;
import static org.peermentor.matching.support.Cohort.urgent;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Urgency;
import org.peermentor.matching.report.SupplyReport;
import org.peermentor.matching.report.WaitingTime;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.support.RunningMatching;

/**
 * A program's waiting list: who nobody is proposed to or paired with, the urgent first and then the longest waiting,
 * each with why the last round could not place them; and the report's count of how long people wait.
 */
class WaitingListTest extends RunningMatching {

    @Test
    void theWaitingListShowsTheUrgentFirstThenTheLongestWaitingWithTheRoundsReasons() {
        ParticipantProfile ana = cohort.publish(registeredDaysAgo(cohort.participant("Ana", "es", "GRIEF"), 3));
        ParticipantProfile bo = cohort.publish(urgent(cohort.participant("Bo", "es", "GRIEF")));
        ParticipantProfile ola = cohort.publish(registeredDaysAgo(cohort.participant("Ola", "pl", "GRIEF"), 10));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(3, 1);
        RoundView round = round(null);
        String proposal = round.pairings().get(0).id();

        List<WaitingParticipant> waiting = waiting(0, 50);

        // Bo, urgent, was proposed to Mia; Ola waited longer than Ana
        assertThat(waiting).extracting(WaitingParticipant::participantId).containsExactly(ola.id(), ana.id());
        WaitingParticipant first = waiting.get(0);
        assertThat(first.firstName()).isEqualTo("Ola");
        assertThat(first.primaryIssue()).isEqualTo("GRIEF");
        assertThat(first.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(first.roundId()).isEqualTo(round.id());
        assertThat(first.reasons()).isEqualTo(reasonsOf(round, ola));
        assertThat(first.waitingSince().truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(ola.registeredAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(waiting.get(1).reasons()).isEqualTo(reasonsOf(round, ana));

        post("/api/pairings/{id}/reject", proposal).expectStatus().isOk();
        List<WaitingParticipant> afterRejection = waiting(0, 50);

        // Bo waits again, first as the urgent one, since the rejection; no round has looked at Bo since
        assertThat(afterRejection)
                .extracting(WaitingParticipant::participantId)
                .containsExactly(bo.id(), ola.id(), ana.id());
        WaitingParticipant again = afterRejection.get(0);
        assertThat(again.reasons()).isEmpty();
        assertThat(again.roundId()).isNull();
        assertThat(again.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(again.waitingSince()).isAfter(bo.registeredAt());
        assertThat(waiting(1, 2)).isEqualTo(afterRejection.subList(2, 3));
    }

    @Test
    void someoneWhoRegisteredAfterTheLastRoundWaitsWithoutReasons() {
        cohort.publish(cohort.participant("Ola", "pl", "GRIEF"));
        awaitReplica(1, 0);
        round(null);
        ParticipantProfile dee = cohort.publish(registeredDaysAgo(cohort.participant("Dee", "pl", "GRIEF"), 0));
        awaitReplica(2, 0);

        assertThat(waiting(0, 50))
                .filteredOn(w -> dee.id().equals(w.participantId()))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.reasons()).isEmpty();
                    assertThat(w.roundId()).isNull();
                    assertThat(w.firstName()).isEqualTo("Dee");
                });
    }

    @Test
    void aManagerOfAnotherProgramFindsNoWaitingList() {
        assertNotFoundByAnotherProgram("/api/programs/{p}/waiting", cohort.programId);
        http.get()
                .uri("/api/programs/{p}/waiting?size=0", cohort.programId)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("size");
    }

    @Test
    void theReportCountsTheWaitingInFourBandsOfWaitingTime() {
        cohort.publish(registeredDaysAgo(cohort.participant("Ana", "es", "GRIEF"), 0));
        cohort.publish(registeredDaysAgo(cohort.participant("Bo", "es", "GRIEF"), 3));
        cohort.publish(registeredDaysAgo(cohort.participant("Cy", "es", "GRIEF"), 7));
        cohort.publish(registeredDaysAgo(cohort.participant("Dee", "es", "GRIEF"), 40));
        awaitReplica(4, 0);

        SupplyReport report = report(http, cohort.programId);

        // seven days and a few moments is more than "1 to 7 days"
        assertThat(report.waitingTimes())
                .containsExactly(
                        new WaitingTime("UNDER_1_DAY", "Under a day", 1),
                        new WaitingTime("UP_TO_1_WEEK", "1 to 7 days", 1),
                        new WaitingTime("UP_TO_4_WEEKS", "1 to 4 weeks", 1),
                        new WaitingTime("OVER_4_WEEKS", "Over 4 weeks", 1));
    }

    private List<WaitingParticipant> waiting(int page, int size) {
        return readList(
                WaitingParticipant.class,
                "/api/programs/{p}/waiting?page={page}&size={size}",
                cohort.programId,
                page,
                size);
    }

    private static List<String> reasonsOf(RoundView round, ParticipantProfile participant) {
        return round.unmatched().stream()
                .filter(u -> participant.id().equals(u.participantId()))
                .findFirst()
                .orElseThrow()
                .reasons();
    }
}
