package org.peermentor.matching.solver;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** What each weighed term added to a solution's soft score, by term name, for the round's result. */
final class TermTotals {

    private TermTotals() {}

    /**
     * What each weighed term added to the soft score, read from the constraint match totals; a term switched off (0)
     * or that nothing earned adds 0.
     */
    static Map<String, Long> of(ScoreExplanation<MatchingSolution, HardMediumSoftLongScore> explanation) {
        Map<String, Long> byConstraint = new HashMap<>();
        explanation
                .getConstraintMatchTotalMap()
                .values()
                .forEach(total -> byConstraint.merge(
                        total.getConstraintName(), total.getScore().softScore(), Long::sum));
        Map<String, Long> totals = new LinkedHashMap<>();
        for (WeightTerm term : WeightTerm.values()) {
            totals.put(term.key(), byConstraint.getOrDefault(term.constraint(), 0L));
        }
        return totals;
    }
}
