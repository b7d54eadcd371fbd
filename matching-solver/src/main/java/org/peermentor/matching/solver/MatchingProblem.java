package org.peermentor.matching.solver;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;

/**
 * One round of one program: who to place, the mentors, the pairings that stay, the pairs never to propose again,
 * and the program's settings. {@code referenceTime} is "now": it picks the real week H4 reads calendars in and
 * the end of everyone's waiting time. Missing weights take {@link MatchingWeights#DEFAULTS}.
 */
public record MatchingProblem(
        String programId,
        Instant referenceTime,
        int minOverlapMinutes,
        Map<String, Integer> weights,
        List<ParticipantProfile> participants,
        List<MentorProfile> mentors,
        List<FixedPairing> fixedPairings,
        Set<PairKey> forbiddenPairs) {

    public static final int DEFAULT_MIN_OVERLAP_MINUTES = 60;

    public MatchingProblem {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(referenceTime, "referenceTime");
        if (minOverlapMinutes < 0) {
            throw new IllegalArgumentException("minOverlapMinutes must be 0 or more");
        }
        List<String> weightProblems = MatchingWeights.problems(weights);
        if (!weightProblems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", weightProblems));
        }
        weights = MatchingWeights.withDefaults(weights);
        participants = participants == null ? List.of() : List.copyOf(participants);
        mentors = mentors == null ? List.of() : List.copyOf(mentors);
        fixedPairings = fixedPairings == null ? List.of() : List.copyOf(fixedPairings);
        forbiddenPairs = forbiddenPairs == null ? Set.of() : Set.copyOf(forbiddenPairs);
    }
}
