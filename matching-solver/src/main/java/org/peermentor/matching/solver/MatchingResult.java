package org.peermentor.matching.solver;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a round proposes. {@code matchedCount} always equals {@code maximumMatchable}, the most participants the
 * rules allow to be matched (an exact maximum flow), and every participant of the problem appears either in
 * {@code pairings} or in {@code unmatched}, except those already held by a fixed pairing. {@code termTotals} says
 * what each soft term ({@link WeightTerm}) added to the score (weight × units; the load penalty negative),
 * every term named, zeros included.
 */
public record MatchingResult(
        String score,
        int matchedCount,
        int maximumMatchable,
        List<ProposedPairing> pairings,
        List<UnmatchedParticipant> unmatched,
        Map<String, Long> termTotals,
        long scoreCalculationCount,
        Duration solvingTime) {

    public MatchingResult {
        pairings = List.copyOf(pairings);
        unmatched = List.copyOf(unmatched);
        termTotals = Collections.unmodifiableMap(new LinkedHashMap<>(termTotals));
    }
}
