package org.peermentor.matching.round;

import java.util.List;
import java.util.Map;

/**
 * For a dry run: the last real round, to compare against, and each participant of the dry run whose mentor it
 * changes. Ids only: first names are looked up when it is shown, so an erasure leaves none behind here.
 */
public record DryRunComparison(
        String roundId,
        String score,
        Integer matchedCount,
        Integer unmatchedCount,
        Map<String, Long> termTotals,
        List<ChangedMentor> differences) {}
