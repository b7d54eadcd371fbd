package org.peermentor.matching.solver;

import java.util.Map;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * OptaPlanner's first phase: puts every placement on its mentor in the round's exact optimum
 * ({@link Round#optimalAssignment()}), so the solver's working solution, its score and its explanations are those of
 * the optimum, and a local search, when one follows, starts there.
 */
final class ExactSeedPhase implements CustomPhaseCommand<MatchingSolution> {

    private final Map<String, Mentor> mentorByParticipant;

    ExactSeedPhase(Map<String, Mentor> mentorByParticipant) {
        this.mentorByParticipant = Map.copyOf(mentorByParticipant);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        for (Placement placement : scoreDirector.getWorkingSolution().getPlacements()) {
            Mentor target = mentorByParticipant.get(placement.getParticipantId());
            if (target != placement.getMentor()) {
                // the working solution is a planning clone, but mentors are problem facts: the same objects
                scoreDirector.beforeVariableChanged(placement, "mentor");
                placement.setMentor(target);
                scoreDirector.afterVariableChanged(placement, "mentor");
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
