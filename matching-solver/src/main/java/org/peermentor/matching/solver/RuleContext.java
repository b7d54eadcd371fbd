package org.peermentor.matching.solver;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules need beyond the two profiles: the week H4 is read in, the program's minimum overlap, the pairs
 * H7 forbids, and how many places each mentor already holds (PROPOSED, APPROVED or ACCEPTED) for H8.
 */
public record RuleContext(
        Instant referenceTime,
        int minOverlapMinutes,
        Set<PairKey> forbiddenPairs,
        Map<String, Integer> mentorPlacesInUse) {

    public RuleContext {
        Objects.requireNonNull(referenceTime, "referenceTime");
        forbiddenPairs = forbiddenPairs == null ? Set.of() : Set.copyOf(forbiddenPairs);
        mentorPlacesInUse = mentorPlacesInUse == null ? Map.of() : Map.copyOf(mentorPlacesInUse);
    }
}
