package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.support.Cohort.living;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.support.RunningMatching;

/**
 * A dry run with other weights beside the last real round: when the weights change who gets whom, the comparison
 * names exactly those participants, both mentors and why, and what each quality term added on both sides.
 */
class DryRunComparisonTest extends RunningMatching {

    @Test
    void weighingRegionOverAgeSwapsTwoMentorsAndTheComparisonShowsExactlyThat() {
        // Ana and Bo are each born the same year as one mentor, and live in the region of the other
        ParticipantProfile ana = cohort.publish(living(cohort.participant("Ana", "es", "GRIEF"), "north", 1990));
        ParticipantProfile bo = cohort.publish(living(cohort.participant("Bo", "es", "GRIEF"), "south", 1960));
        ParticipantProfile cy = cohort.publish(cohort.participant("Cy", "fr", "GRIEF"));
        MentorProfile mia = cohort.publish(living(cohort.mentor("Mia", "es", "GRIEF", 1), "south", 1990));
        MentorProfile ned = cohort.publish(living(cohort.mentor("Ned", "es", "GRIEF", 1), "north", 1960));
        MentorProfile fay = cohort.publish(cohort.mentor("Fay", "fr", "GRIEF", 1));
        awaitReplica(3, 3);
        Map<String, Object> real = round(null);
        assertThat(mentorsOf(real))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ana.id(), mia.id(), bo.id(), ned.id(), cy.id(), fay.id()));

        Map<String, Object> dry = round("{\"dryRun\":true,\"weights\":{\"ageCloseness\":0,\"sameRegion\":100}}");

        assertThat(mentorsOf(dry))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ana.id(), ned.id(), bo.id(), mia.id(), cy.id(), fay.id()));
        Map<String, Object> comparedTo = map(dry.get("comparedTo"));
        assertThat(comparedTo)
                .containsEntry("roundId", real.get("id"))
                .containsEntry("matchedCount", 3)
                .containsEntry("unmatchedCount", 0)
                .containsEntry("score", real.get("score"));
        assertThat(list(comparedTo.get("differences")))
                .containsExactlyInAnyOrder(
                        difference(ana, "Ana", side(real, ana, "Mia"), side(dry, ana, "Ned")),
                        difference(bo, "Bo", side(real, bo, "Ned"), side(dry, bo, "Mia")));
        assertThat(explanation(real, ana))
                .contains("Born the same year")
                .noneMatch(line -> line.startsWith("Same region"));
        assertThat(explanation(dry, ana)).contains("Same region: north").doesNotContain("Born the same year");
        // each waited a day; 2 hours a week is 8 quarter-hours; Cy and Fay are 5 years apart; one place per mentor
        assertThat(comparedTo.get("termTotals"))
                .isEqualTo(real.get("termTotals"))
                .isEqualTo(termTotals((30 + 30 + 25) * 2, 0));
        assertThat(dry.get("termTotals")).isEqualTo(termTotals(0, 2 * 100));
        assertThat(pairings(null))
                .extracting(p -> p.get("status"))
                .containsOnly("PROPOSED")
                .hasSize(3);
    }

    @Test
    void aDryRunThatLeavesSomeoneUnmatchedShowsNoMentorAfter() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);
        Map<String, Object> real = round(null);
        // under a stricter program the pair's 2 hours a week are too few: the dry run can place nobody
        changeSettings(cohort.programId, "{\"minOverlapMinutes\":180}")
                .expectStatus()
                .isOk();

        Map<String, Object> dry = round("{\"dryRun\":true}");

        assertThat(list(map(dry.get("comparedTo")).get("differences")))
                .containsExactly(difference(ana, "Ana", side(real, ana, "Mia"), null));
        assertThat(list(dry.get("unmatched")))
                .extracting(u -> u.get("participantFirstName"))
                .containsExactly("Ana");
    }

    /**
     * What each quality term added over the three pairings of either round, which differ only in age closeness and
     * region.
     */
    private static Map<String, Object> termTotals(int ageCloseness, int sameRegion) {
        return Map.of(
                "urgency",
                0,
                "waitingTime",
                3 * 1000,
                "sharedIssues",
                0,
                "ageCloseness",
                ageCloseness,
                "overlap",
                3 * 8 * 2,
                "sameRegion",
                sameRegion,
                "mentorLoadBalance",
                -3 * 10);
    }

    private static Map<String, Object> difference(
            ParticipantProfile participant, String firstName, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> difference = new HashMap<>();
        difference.put("participantId", participant.id());
        difference.put("participantFirstName", firstName);
        difference.put("before", before);
        difference.put("after", after);
        return difference;
    }

    /** The participant's side in a round, as a difference shows it. */
    private static Map<String, Object> side(
            Map<String, Object> round, ParticipantProfile participant, String mentorFirstName) {
        Map<String, Object> pairing = pairingOf(round, participant);
        assertThat(pairing.get("mentorFirstName")).isEqualTo(mentorFirstName);
        return Map.of(
                "mentorId",
                pairing.get("mentorId"),
                "mentorFirstName",
                mentorFirstName,
                "explanation",
                pairing.get("explanation"));
    }

    private static List<String> explanation(Map<String, Object> round, ParticipantProfile participant) {
        return strings(pairingOf(round, participant).get("explanation"));
    }

    private static Map<String, Object> pairingOf(Map<String, Object> round, ParticipantProfile participant) {
        return list(round.get("pairings")).stream()
                .filter(p -> participant.id().equals(p.get("participantId")))
                .findFirst()
                .orElseThrow();
    }

    private static Map<Object, Object> mentorsOf(Map<String, Object> round) {
        Map<Object, Object> mentors = new HashMap<>();
        list(round.get("pairings")).forEach(p -> mentors.put(p.get("participantId"), p.get("mentorId")));
        return mentors;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
