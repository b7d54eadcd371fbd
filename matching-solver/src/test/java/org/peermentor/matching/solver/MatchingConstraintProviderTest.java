package org.peermentor.matching.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.peermentor.contracts.Urgency;

/** One test per constraint, named after it. Match weights only: the program's weights multiply them later. */
class MatchingConstraintProviderTest {

    private static final Fit PLAIN_FIT = new Fit(60, List.of(), null, 40);

    private final ConstraintVerifier<MatchingConstraintProvider, MatchingSolution> constraintVerifier =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingSolution.class, Placement.class);

    @Test
    void mentorCapacity() {
        Mentor mentor = new Mentor("m", 3, 1);
        Mentor roomy = new Mentor("r", 4, 0);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::mentorCapacity)
                .given(mentor, roomy, placed("a", mentor), placed("b", mentor), placed("c", mentor), placed("d", roomy))
                .penalizesBy(1);
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::mentorCapacity)
                .given(mentor, placed("a", mentor), placed("b", mentor))
                .penalizesBy(0);
    }

    @Test
    void unmatchedParticipant() {
        Mentor mentor = new Mentor("m", 2, 0);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::unmatchedParticipant)
                .given(mentor, placed("a", mentor), placed("b", null), placed("c", null))
                .penalizesBy(2);
    }

    @Test
    void highUrgencyFirst() {
        Mentor mentor = new Mentor("m", 3, 0);
        Placement urgentMatched = placement("a", Urgency.HIGH, 0, PLAIN_FIT, mentor);
        Placement urgentUnmatched = placement("b", Urgency.HIGH, 0, PLAIN_FIT, null);
        Placement normalMatched = placement("c", Urgency.NORMAL, 0, PLAIN_FIT, mentor);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::highUrgencyFirst)
                .given(mentor, urgentMatched, urgentUnmatched, normalMatched)
                .rewardsWith(1);
    }

    @Test
    void longestWaitingFirst() {
        Mentor mentor = new Mentor("m", 3, 0);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::longestWaitingFirst)
                .given(
                        mentor,
                        placement("a", Urgency.NORMAL, 12, PLAIN_FIT, mentor),
                        placement("b", Urgency.NORMAL, 5000, PLAIN_FIT, mentor),
                        placement("c", Urgency.NORMAL, 30, PLAIN_FIT, null))
                .rewardsWith(12 + Placement.WAITING_CAP_DAYS);
    }

    @Test
    void sharedSecondaryIssues() {
        Mentor mentor = new Mentor("m", 3, 0);
        Fit twoShared = new Fit(60, List.of("GRIEF", "PTSD"), null, 40);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::sharedSecondaryIssues)
                .given(
                        mentor,
                        placement("a", Urgency.NORMAL, 0, twoShared, mentor),
                        placement("b", Urgency.NORMAL, 0, PLAIN_FIT, mentor))
                .rewardsWith(2);
    }

    @Test
    void closeInAge() {
        Mentor mentor = new Mentor("m", 3, 0);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::closeInAge)
                .given(
                        mentor,
                        placement("a", Urgency.NORMAL, 0, new Fit(60, List.of(), null, 4), mentor),
                        placement("b", Urgency.NORMAL, 0, new Fit(60, List.of(), null, 0), mentor),
                        placement("c", Urgency.NORMAL, 0, new Fit(60, List.of(), null, 31), mentor))
                .rewardsWith(26 + 30);
    }

    @Test
    void weeklyOverlap() {
        Mentor mentor = new Mentor("m", 3, 0);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::weeklyOverlap)
                .given(
                        mentor,
                        placement("a", Urgency.NORMAL, 0, new Fit(95, List.of(), null, 40), mentor),
                        placement("b", Urgency.NORMAL, 0, new Fit(900, List.of(), null, 40), mentor))
                .rewardsWith(6 + 40);
    }

    @Test
    void sameRegion() {
        Mentor mentor = new Mentor("m", 3, 0);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::sameRegion)
                .given(
                        mentor,
                        placement("a", Urgency.NORMAL, 0, new Fit(60, List.of(), "chicago-north", 40), mentor),
                        placement("b", Urgency.NORMAL, 0, PLAIN_FIT, mentor))
                .rewardsWith(1);
    }

    @Test
    void balancedMentorLoad() {
        Mentor alreadyHoldsOne = new Mentor("m", 4, 1);
        Mentor fresh = new Mentor("f", 4, 0);

        // (1 + 2)² − 1² for the first, 1² for the second
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::balancedMentorLoad)
                .given(
                        alreadyHoldsOne,
                        fresh,
                        placed("a", alreadyHoldsOne),
                        placed("b", alreadyHoldsOne),
                        placed("c", fresh))
                .penalizesBy(8 + 1);
    }

    private static Placement placed(String participantId, Mentor mentor) {
        return placement(participantId, Urgency.NORMAL, 0, PLAIN_FIT, mentor);
    }

    private static Placement placement(String participantId, Urgency urgency, int waitingDays, Fit fit, Mentor mentor) {
        Map<Mentor, Fit> fits = new LinkedHashMap<>();
        if (mentor != null) {
            fits.put(mentor, fit);
        }
        Placement placement = new Placement(participantId, urgency, waitingDays, fits);
        placement.setMentor(mentor);
        return placement;
    }
}
