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
        Integer maximumMatchable,
        Map<String, Integer> weights,
        Map<String, Long> termTotals,
        List<RoundPairing> pairings,
        List<Unmatched> unmatched,
        Comparison comparedTo,
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

    /** For a dry run: the last real round, and each participant whose mentor would change. */
    public record Comparison(
            String roundId,
            Integer matchedCount,
            Integer unmatchedCount,
            Map<String, Long> termTotals,
            List<Difference> differences) {

        public Comparison {
            termTotals = termTotals == null ? Map.of() : termTotals;
            differences = differences == null ? List.of() : List.copyOf(differences);
        }
    }

    /** One participant's mentor in the last real round ({@code before}) and in the dry run ({@code after}); either may be null. */
    public record Difference(String participantId, String participantFirstName, Choice before, Choice after) {}

    /** A mentor a round chose, and why. */
    public record Choice(String mentorId, String mentorFirstName, List<String> explanation) {}
}
