package org.peermentor.matching.round;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A round as program managers see it; pairings show their status now. */
public record RoundView(
        String id,
        String programId,
        MatchRound.RoundStatus status,
        boolean dryRun,
        boolean automatic,
        Instant startedAt,
        Instant completedAt,
        String score,
        Integer matchedCount,
        Integer unmatchedCount,
        Integer maximumMatchable,
        Map<String, Integer> weights,
        List<MatchRound.RoundPairing> pairings,
        List<MatchRound.Unmatched> unmatched,
        MatchRound.Comparison comparedTo,
        String failure) {

    static RoundView of(MatchRound round, List<MatchRound.RoundPairing> pairings) {
        return new RoundView(round.id(), round.programId(), round.status(), round.dryRun(), round.automatic(),
                round.startedAt(), round.completedAt(), round.score(), round.matchedCount(), round.unmatchedCount(),
                round.maximumMatchable(), round.weights(), pairings, round.unmatched(), round.comparedTo(),
                round.failure());
    }
}
