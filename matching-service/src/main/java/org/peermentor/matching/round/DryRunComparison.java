package org.peermentor.matching.round;

import java.util.List;
import java.util.Map;

/**
 * For a dry run: the last real round, to compare against, and each participant of the dry run whose mentor it
 * changes. Stored with ids only ({@link ChangedMentor}): first names are looked up when it is shown
 * ({@link RoundView.Difference}), so an erasure leaves none behind here.
 */
public record DryRunComparison<D>(
        String roundId,
        String score,
        Integer matchedCount,
        Integer unmatchedCount,
        Map<String, Long> termTotals,
        List<D> differences) {

    /** The same comparison with {@code shown} for its differences: as a manager sees them, or null to leave them out. */
    <S> DryRunComparison<S> withDifferences(List<S> shown) {
        return new DryRunComparison<>(roundId, score, matchedCount, unmatchedCount, termTotals, shown);
    }
}
