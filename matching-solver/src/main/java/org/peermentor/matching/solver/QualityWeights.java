package org.peermentor.matching.solver;

import java.util.Map;

/**
 * The per-pair quality terms' weights, read once from the program's weights: what a pair earns for the issues
 * they share, their closeness in age, their weekly overlap and a shared region. The mentor load term is the
 * mentor's, not the pair's, and is not here.
 */
record QualityWeights(long sharedIssues, long ageCloseness, long overlap, long sameRegion) {

    static QualityWeights of(Map<String, Integer> weights) {
        return new QualityWeights(
                WeightTerm.SHARED_ISSUES.of(weights),
                WeightTerm.AGE_CLOSENESS.of(weights),
                WeightTerm.OVERLAP.of(weights),
                WeightTerm.SAME_REGION.of(weights));
    }

    long of(Fit fit) {
        return of(fit.sharedIssues().size(), fit.ageGap(), fit.overlapMinutes(), fit.sharedRegion() != null);
    }

    /** What a pair with these facts earns; the same as {@link #of(Fit)} for the {@link Fit} they make. */
    long of(int sharedIssueCount, int ageGap, int overlapMinutes, boolean sameRegion) {
        return sharedIssues * sharedIssueCount
                + ageCloseness * Fit.ageClosenessUnits(ageGap)
                + overlap * Fit.overlapUnits(overlapMinutes)
                + (sameRegion ? this.sameRegion : 0);
    }
}
