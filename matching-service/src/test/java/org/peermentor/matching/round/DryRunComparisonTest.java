package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.support.Cohort.living;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.round.RoundView.Difference;
import org.peermentor.matching.round.RoundView.Side;
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
        RoundView real = round(null);
        assertThat(mentorsOf(real))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ana.id(), mia.id(), bo.id(), ned.id(), cy.id(), fay.id()));

        RoundView dry = round("{\"dryRun\":true,\"weights\":{\"ageCloseness\":0,\"sameRegion\":100}}");

        assertThat(mentorsOf(dry))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ana.id(), ned.id(), bo.id(), mia.id(), cy.id(), fay.id()));
        DryRunComparison<Difference> comparedTo = dry.comparedTo();
        assertThat(comparedTo.roundId()).isEqualTo(real.id());
        assertThat(comparedTo.matchedCount()).isEqualTo(3);
        assertThat(comparedTo.unmatchedCount()).isZero();
        assertThat(comparedTo.score()).isEqualTo(real.score());
        assertThat(comparedTo.differences())
                .containsExactlyInAnyOrder(
                        new Difference(ana.id(), "Ana", side(real, ana, "Mia"), side(dry, ana, "Ned")),
                        new Difference(bo.id(), "Bo", side(real, bo, "Ned"), side(dry, bo, "Mia")));
        assertThat(explanation(real, ana))
                .contains("Born the same year")
                .noneMatch(line -> line.startsWith("Same region"));
        assertThat(explanation(dry, ana)).contains("Same region: north").doesNotContain("Born the same year");
        // each waited a day; 2 hours a week is 8 quarter-hours; Cy and Fay are 5 years apart; one place per mentor
        assertThat(comparedTo.termTotals()).isEqualTo(real.termTotals()).isEqualTo(termTotals((30 + 30 + 25) * 2, 0));
        assertThat(dry.termTotals()).isEqualTo(termTotals(0, 2 * 100));
        assertThat(pairings(null))
                .extracting(PairingView::status)
                .containsOnly(PairingStatus.PROPOSED)
                .hasSize(3);
    }

    @Test
    void aDryRunThatLeavesSomeoneUnmatchedShowsNoMentorAfter() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);
        RoundView real = round(null);
        // under a stricter program the pair's 2 hours a week are too few: the dry run can place nobody
        changeSettings(cohort.programId, "{\"minOverlapMinutes\":180}")
                .expectStatus()
                .isOk();

        RoundView dry = round("{\"dryRun\":true}");

        assertThat(dry.comparedTo().differences())
                .containsExactly(new Difference(ana.id(), "Ana", side(real, ana, "Mia"), null));
        assertThat(dry.unmatched())
                .extracting(RoundView.Unmatched::participantFirstName)
                .containsExactly("Ana");
    }

    /**
     * What each quality term added over the three pairings of either round, which differ only in age closeness and
     * region.
     */
    private static Map<String, Long> termTotals(long ageCloseness, long sameRegion) {
        return Map.of(
                "urgency",
                0L,
                "waitingTime",
                3 * 1000L,
                "sharedIssues",
                0L,
                "ageCloseness",
                ageCloseness,
                "overlap",
                3 * 8 * 2L,
                "sameRegion",
                sameRegion,
                "mentorLoadBalance",
                -3 * 10L);
    }

    /** The participant's side in a round, as a difference shows it. */
    private static Side side(RoundView round, ParticipantProfile participant, String mentorFirstName) {
        RoundView.Pairing pairing = pairingOf(round, participant);
        assertThat(pairing.mentorFirstName()).isEqualTo(mentorFirstName);
        return new Side(pairing.mentorId(), mentorFirstName, pairing.explanation());
    }

    private static List<String> explanation(RoundView round, ParticipantProfile participant) {
        return pairingOf(round, participant).explanation();
    }

    private static RoundView.Pairing pairingOf(RoundView round, ParticipantProfile participant) {
        return round.pairings().stream()
                .filter(p -> participant.id().equals(p.participantId()))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> mentorsOf(RoundView round) {
        return round.pairings().stream()
                .collect(Collectors.toMap(RoundView.Pairing::participantId, RoundView.Pairing::mentorId));
    }
}
