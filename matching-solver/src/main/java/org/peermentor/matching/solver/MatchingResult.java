package org.peermentor.matching.solver;

import java.time.Duration;
import java.util.List;

/**
 * What a round proposes. {@code matchedCount} always equals {@code maximumMatchable}, the most participants the
 * rules allow to be matched (an exact maximum flow), and every participant of the problem appears either in
 * {@code pairings} or in {@code unmatched}, except those already held by a fixed pairing.
 */
public record MatchingResult(
        String score,
        int matchedCount,
        int maximumMatchable,
        List<ProposedPairing> pairings,
        List<UnmatchedParticipant> unmatched,
        long scoreCalculationCount,
        Duration solvingTime) {

    public MatchingResult {
        pairings = List.copyOf(pairings);
        unmatched = List.copyOf(unmatched);
    }
}
