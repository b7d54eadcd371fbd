package org.peermentor.console.services;

import java.util.List;
import java.util.Map;

/** For a dry run: the last real round, and each participant whose mentor would change. */
public record RoundComparison(
        String roundId,
        Integer matchedCount,
        Integer unmatchedCount,
        Map<String, Long> termTotals,
        List<MentorChange> differences) {

    public RoundComparison {
        termTotals = termTotals == null ? Map.of() : termTotals;
        differences = differences == null ? List.of() : List.copyOf(differences);
    }
}
