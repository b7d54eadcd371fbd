package org.peermentor.matching.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;

import java.util.function.ToIntFunction;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * The score of a round: hard = no mentor over capacity (H8; H1–H7 are kept by the value ranges), medium = as many
 * participants matched as possible, soft = priority, then quality, each term times the program's weight.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            mentorCapacity(factory),
            unmatchedParticipant(factory),
            highUrgencyFirst(factory),
            longestWaitingFirst(factory),
            sharedSecondaryIssues(factory),
            closeInAge(factory),
            weeklyOverlap(factory),
            sameRegion(factory),
            balancedMentorLoad(factory)
        };
    }

    // A mentor never holds more pairings than the places the fixed pairings leave (H8).
    Constraint mentorCapacity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::getMentor, count())
                .filter((mentor, pairings) -> pairings > mentor.placesLeft())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (mentor, pairings) -> pairings - mentor.placesLeft())
                .asConstraint(MatchingConstraintConfiguration.MENTOR_CAPACITY);
    }

    // Each participant left without a mentor costs one: the matched count comes before everything soft.
    Constraint unmatchedParticipant(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Placement.class)
                .filter(placement -> placement.getMentor() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint(MatchingConstraintConfiguration.UNMATCHED_PARTICIPANT);
    }

    // Matching a HIGH-urgency participant earns the urgency weight.
    Constraint highUrgencyFirst(ConstraintFactory factory) {
        return rewardEachPair(factory, WeightTerm.URGENCY, placement -> placement.isHighUrgency() ? 1 : 0);
    }

    // Matching a participant earns the waiting weight for each day waited, up to a year.
    Constraint longestWaitingFirst(ConstraintFactory factory) {
        return rewardEachPair(factory, WeightTerm.WAITING_TIME, Placement::getPriorityWaitingDays);
    }

    // Each secondary issue of the participant that the mentor has lived or trained for earns its weight.
    Constraint sharedSecondaryIssues(ConstraintFactory factory) {
        return rewardEachPair(
                factory,
                WeightTerm.SHARED_ISSUES,
                placement -> placement.getFit().sharedIssues().size());
    }

    // Each year under 30 between their birth years earns its weight.
    Constraint closeInAge(ConstraintFactory factory) {
        return rewardEachPair(
                factory,
                WeightTerm.AGE_CLOSENESS,
                placement -> placement.getFit().ageClosenessUnits());
    }

    // Each quarter-hour they can meet in a week earns its weight, up to ten hours.
    Constraint weeklyOverlap(ConstraintFactory factory) {
        return rewardEachPair(
                factory, WeightTerm.OVERLAP, placement -> placement.getFit().overlapUnits());
    }

    // A pair in the same region earns its weight.
    Constraint sameRegion(ConstraintFactory factory) {
        return rewardEachPair(
                factory, WeightTerm.SAME_REGION, placement -> placement.getFit().sharedRegion() != null ? 1 : 0);
    }

    // A mentor's load costs the square of the places held, less what fixed pairings already cost: spread people out.
    Constraint balancedMentorLoad(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::getMentor, count())
                .penalizeConfigurable((mentor, pairings) -> squaredLoadAdded(mentor, pairings))
                .justifyWith((mentor, pairings, score) ->
                        new MentorLoadJustification(mentor, mentor.fixedPairings() + pairings))
                .asConstraint(MatchingConstraintConfiguration.BALANCED_MENTOR_LOAD);
    }

    /**
     * A term scored per matched pair: the pair's units (none: no match) times the term's weight, justified by the
     * pair, under the constraint the term drives.
     */
    private static Constraint rewardEachPair(
            ConstraintFactory factory, WeightTerm term, ToIntFunction<Placement> units) {
        return factory.forEach(Placement.class)
                .filter(placement -> units.applyAsInt(placement) > 0)
                .rewardConfigurable(units)
                .justifyWith((placement, score) -> PairingJustification.of(term, placement))
                .asConstraint(term.constraint());
    }

    private static int squaredLoadAdded(Mentor mentor, int pairings) {
        int held = mentor.fixedPairings() + pairings;
        return held * held - mentor.fixedPairings() * mentor.fixedPairings();
    }
}
