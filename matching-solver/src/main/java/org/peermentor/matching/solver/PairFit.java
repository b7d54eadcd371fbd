package org.peermentor.matching.solver;

import java.util.List;
import java.util.Map;

/** How well a participant and one allowed mentor suit each other: their {@link Fit} and what the quality terms credit. */
final class PairFit {

    private PairFit() {}

    static Fit of(ParticipantFacts p, MentorFacts m, int overlapMinutes) {
        List<String> shared = p.secondaryIssues().stream().filter(m::knows).toList();
        String region = RuleBook.sameRegion(p, m) ? p.profile().region() : null;
        return new Fit(overlapMinutes, shared, region, ageGap(p, m));
    }

    /** What the per-pair quality terms credit a pair with (the mentor load term is the mentor's, not the pair's). */
    static long quality(Fit fit, Map<String, Integer> weights) {
        return QualityWeights.of(weights).of(fit);
    }

    /** The same as {@link #quality(Fit, Map)} of the pair's {@link #of fit}, without building the fit. */
    static long quality(ParticipantFacts p, MentorFacts m, int overlapMinutes, QualityWeights weights) {
        int shared = 0;
        for (String issue : p.secondaryIssues()) {
            if (m.knows(issue)) {
                shared++;
            }
        }
        return weights.of(shared, ageGap(p, m), overlapMinutes, RuleBook.sameRegion(p, m));
    }

    private static int ageGap(ParticipantFacts p, MentorFacts m) {
        return Math.abs(p.profile().birthYear() - m.profile().birthYear());
    }
}
