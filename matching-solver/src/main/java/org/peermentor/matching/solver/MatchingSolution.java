package org.peermentor.matching.solver;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A round as the solver sees it: the mentors, a placement per participant with an allowed mentor, the weights. */
@PlanningSolution
public class MatchingSolution {

    @ProblemFactCollectionProperty
    private List<Mentor> mentors;

    @PlanningEntityCollectionProperty
    private List<Placement> placements;

    @ConstraintConfigurationProvider
    private MatchingConstraintConfiguration constraintConfiguration;

    @PlanningScore
    private HardMediumSoftLongScore score;

    @SuppressWarnings("unused") // for the solver's planning clone
    private MatchingSolution() {}

    MatchingSolution(
            List<Mentor> mentors, List<Placement> placements, MatchingConstraintConfiguration constraintConfiguration) {
        this.mentors = mentors;
        this.placements = placements;
        this.constraintConfiguration = constraintConfiguration;
    }

    public List<Mentor> getMentors() {
        return mentors;
    }

    public List<Placement> getPlacements() {
        return placements;
    }

    public MatchingConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }
}
