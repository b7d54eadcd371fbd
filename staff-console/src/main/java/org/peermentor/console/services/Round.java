package org.peermentor.console.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A matching round: a real one, or a dry run ({@code dryRun}) compared with the last real round ({@code comparedTo}).
 * {@code termTotals} is what each quality term added to the score (weight times units), by term name.
 */
public record Round(
        String id,
        String programId,
        String status,
        boolean dryRun,
        boolean automatic,
        Instant startedAt,
        Instant completedAt,
        Integer matchedCount,
        Integer unmatchedCount,
        Map<String, Integer> weights,
        Map<String, Long> termTotals,
        List<RoundPairing> pairings,
        List<Unmatched> unmatched,
        RoundComparison comparedTo,
        String failure) {

    public Round {
        pairings = pairings == null ? List.of() : List.copyOf(pairings);
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
        weights = weights == null ? Map.of() : weights;
        termTotals = termTotals == null ? Map.of() : termTotals;
    }

    public boolean solving() {
        return "SOLVING".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }

    /** One pairing the round proposed, with its status now. */
    public record RoundPairing(
            String id,
            String participantId,
            String participantFirstName,
            String mentorId,
            String mentorFirstName,
            String status,
            List<String> explanation) {}

    /** A participant the round left waiting, and why nobody fits. */
    public record Unmatched(String participantId, String participantFirstName, List<String> reasons) {}
}
