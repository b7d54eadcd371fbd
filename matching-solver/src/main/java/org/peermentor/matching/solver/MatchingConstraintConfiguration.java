package org.peermentor.matching.solver;

import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The program's weights as the solver reads them: one soft weight per quality or priority constraint. */
@ConstraintConfiguration
public class MatchingConstraintConfiguration {

    static final String MENTOR_CAPACITY = "Mentor capacity";
    static final String UNMATCHED_PARTICIPANT = "Unmatched participant";
    static final String HIGH_URGENCY_FIRST = "High urgency first";
    static final String LONGEST_WAITING_FIRST = "Longest waiting first";
    static final String SHARED_SECONDARY_ISSUES = "Shared secondary issues";
    static final String CLOSE_IN_AGE = "Close in age";
    static final String WEEKLY_OVERLAP = "Weekly overlap";
    static final String SAME_REGION = "Same region";
    static final String BALANCED_MENTOR_LOAD = "Balanced mentor load";

    @ConstraintWeight(HIGH_URGENCY_FIRST)
    private HardMediumSoftLongScore urgency;

    @ConstraintWeight(LONGEST_WAITING_FIRST)
    private HardMediumSoftLongScore waitingTime;

    @ConstraintWeight(SHARED_SECONDARY_ISSUES)
    private HardMediumSoftLongScore sharedIssues;

    @ConstraintWeight(CLOSE_IN_AGE)
    private HardMediumSoftLongScore ageCloseness;

    @ConstraintWeight(WEEKLY_OVERLAP)
    private HardMediumSoftLongScore overlap;

    @ConstraintWeight(SAME_REGION)
    private HardMediumSoftLongScore sameRegion;

    @ConstraintWeight(BALANCED_MENTOR_LOAD)
    private HardMediumSoftLongScore mentorLoadBalance;

    MatchingConstraintConfiguration(Map<String, Integer> weights) {
        Map<String, Integer> resolved = MatchingWeights.withDefaults(weights);
        urgency = soft(resolved, WeightTerm.URGENCY);
        waitingTime = soft(resolved, WeightTerm.WAITING_TIME);
        sharedIssues = soft(resolved, WeightTerm.SHARED_ISSUES);
        ageCloseness = soft(resolved, WeightTerm.AGE_CLOSENESS);
        overlap = soft(resolved, WeightTerm.OVERLAP);
        sameRegion = soft(resolved, WeightTerm.SAME_REGION);
        mentorLoadBalance = soft(resolved, WeightTerm.MENTOR_LOAD_BALANCE);
    }

    @SuppressWarnings("unused") // for the solver's planning clone
    private MatchingConstraintConfiguration() {
        this(Map.of());
    }

    private static HardMediumSoftLongScore soft(Map<String, Integer> weights, WeightTerm term) {
        return HardMediumSoftLongScore.ofSoft(term.of(weights));
    }
}
