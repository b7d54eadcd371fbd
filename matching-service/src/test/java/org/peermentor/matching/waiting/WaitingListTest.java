package org.peermentor.matching.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.support.Cohort.registeredDaysAgo;
import static org.peermentor.matching.support.Cohort.urgent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.ParticipantProfile;
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
        Map<String, Object> round = round(null);
        String proposal = (String) list(round.get("pairings")).get(0).get("id");

        List<Map<String, Object>> waiting = waiting(0, 50);

        // Bo, urgent, was proposed to Mia; Ola waited longer than Ana
        assertThat(waiting).extracting(w -> w.get("participantId")).containsExactly(ola.id(), ana.id());
        Map<String, Object> first = waiting.get(0);
        assertThat(first)
                .containsEntry("firstName", "Ola")
                .containsEntry("primaryIssue", "GRIEF")
                .containsEntry("urgency", "NORMAL")
                .containsEntry("roundId", round.get("id"))
                .containsEntry("reasons", reasonsOf(round, ola));
        assertThat(Instant.parse((String) first.get("waitingSince")).truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(ola.registeredAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(waiting.get(1)).containsEntry("reasons", reasonsOf(round, ana));

        post("/api/pairings/{id}/reject", proposal).expectStatus().isOk();
        List<Map<String, Object>> afterRejection = waiting(0, 50);

        // Bo waits again, first as the urgent one, since the rejection; no round has looked at Bo since
        assertThat(afterRejection).extracting(w -> w.get("participantId")).containsExactly(bo.id(), ola.id(), ana.id());
        assertThat(afterRejection.get(0))
                .containsEntry("reasons", List.of())
                .containsEntry("roundId", null)
                .containsEntry("urgency", "HIGH");
        assertThat(Instant.parse((String) afterRejection.get(0).get("waitingSince")))
                .isAfter(bo.registeredAt());
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
                .filteredOn(w -> dee.id().equals(w.get("participantId")))
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .containsEntry("reasons", List.of())
                        .containsEntry("roundId", null)
                        .containsEntry("firstName", "Dee"));
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

        Map<?, ?> report = read("/api/programs/{p}/report", cohort.programId);

        // seven days and a few moments is more than "1 to 7 days"
        assertThat(report.get("waitingTimes"))
                .isEqualTo(List.of(
                        Map.of("key", "UNDER_1_DAY", "label", "Under a day", "count", 1),
                        Map.of("key", "UP_TO_1_WEEK", "label", "1 to 7 days", "count", 1),
                        Map.of("key", "UP_TO_4_WEEKS", "label", "1 to 4 weeks", "count", 1),
                        Map.of("key", "OVER_4_WEEKS", "label", "Over 4 weeks", "count", 1)));
    }

    private List<Map<String, Object>> waiting(int page, int size) {
        return readList("/api/programs/{p}/waiting?page={page}&size={size}", cohort.programId, page, size);
    }

    private static Object reasonsOf(Map<String, Object> round, ParticipantProfile participant) {
        return list(round.get("unmatched")).stream()
                .filter(u -> participant.id().equals(u.get("participantId")))
                .findFirst()
                .orElseThrow()
                .get("reasons");
    }
}
