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

    /** The one mentor of the rules that places do not matter to: three places, none held. */
    private static final Mentor MENTOR = new Mentor("m", 3, 0);

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
        Placement urgentMatched = urgent("a", MENTOR);
        Placement urgentUnmatched = urgent("b", null);
        Placement normalMatched = placed("c", MENTOR);

        constraintVerifier
                .verifyThat(MatchingConstraintProvider::highUrgencyFirst)
                .given(MENTOR, urgentMatched, urgentUnmatched, normalMatched)
                .rewardsWith(1);
    }

    @Test
    void longestWaitingFirst() {
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::longestWaitingFirst)
                .given(MENTOR, waiting("a", 12, MENTOR), waiting("b", 5000, MENTOR), waiting("c", 30, null))
                .rewardsWith(12 + Placement.WAITING_CAP_DAYS);
    }

    @Test
    void sharedSecondaryIssues() {
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::sharedSecondaryIssues)
                .given(MENTOR, placed("a", MENTOR, sharing("GRIEF", "PTSD")), placed("b", MENTOR))
                .rewardsWith(2);
    }

    @Test
    void closeInAge() {
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::closeInAge)
                .given(
                        MENTOR,
                        placed("a", MENTOR, yearsApart(4)),
                        placed("b", MENTOR, yearsApart(0)),
                        placed("c", MENTOR, yearsApart(31)))
                .rewardsWith(26 + 30);
    }

    @Test
    void weeklyOverlap() {
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::weeklyOverlap)
                .given(MENTOR, placed("a", MENTOR, minutesAWeek(95)), placed("b", MENTOR, minutesAWeek(900)))
                .rewardsWith(6 + 40);
    }

    @Test
    void sameRegion() {
        constraintVerifier
                .verifyThat(MatchingConstraintProvider::sameRegion)
                .given(MENTOR, placed("a", MENTOR, inRegion("chicago-north")), placed("b", MENTOR))
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

    /** A participant of normal urgency, new on the list, placed with this mentor (or with nobody, for null). */
    private static Placement placed(String participantId, Mentor mentor) {
        return placed(participantId, mentor, PLAIN_FIT);
    }

    private static Placement placed(String participantId, Mentor mentor, Fit fit) {
        return placement(participantId, Urgency.NORMAL, 0, fit, mentor);
    }

    private static Placement urgent(String participantId, Mentor mentor) {
        return placement(participantId, Urgency.HIGH, 0, PLAIN_FIT, mentor);
    }

    private static Placement waiting(String participantId, int days, Mentor mentor) {
        return placement(participantId, Urgency.NORMAL, days, PLAIN_FIT, mentor);
    }

    // each a plain fit (60 minutes a week, no secondary issue shared, no region, 40 years apart) but for one thing
    private static Fit sharing(String... secondaryIssues) {
        return new Fit(60, List.of(secondaryIssues), null, 40);
    }

    private static Fit yearsApart(int years) {
        return new Fit(60, List.of(), null, years);
    }

    private static Fit minutesAWeek(int minutes) {
        return new Fit(minutes, List.of(), null, 40);
    }

    private static Fit inRegion(String region) {
        return new Fit(60, List.of(), region, 40);
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
