package org.peermentor.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.ParticipantProfile;

/**
 * Over many random cohorts (up to 300 × 100), against a reference that shares no code with the solver (the rules
 * written again in {@link RulesWrittenAgain}, maximum and optimum by JGraphT in {@link ReferenceOptimum}): a round
 * breaks no rule, places everyone at most once, matches the maximum, and its soft score is the exact optimum — with
 * the default weights and with random ones, zeros included.
 */
class MatchingSolverPropertyTest {

    private static final int COHORTS = 50;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, COHORTS);
    }

    @ParameterizedTest(name = "cohort {0}")
    @MethodSource("seeds")
    void withTheDefaultWeightsARoundIsTheExactOptimum(long seed) {
        MatchingProblem problem = Cohorts.cohort(seed, 300, 100);

        MatchingResult result = Fixtures.solve(problem);

        matchesTheReferenceOptimum(problem, result);
    }

    @ParameterizedTest(name = "cohort {0}")
    @MethodSource("seeds")
    void withRandomWeightsZerosIncludedARoundIsTheExactOptimum(long seed) {
        MatchingProblem problem = withWeights(Cohorts.cohort(seed, 300, 100), randomWeights(seed));

        MatchingResult result = Fixtures.solve(problem);

        matchesTheReferenceOptimum(problem, result);
    }

    private static void matchesTheReferenceOptimum(MatchingProblem problem, MatchingResult result) {
        RulesWrittenAgain rules = RulesWrittenAgain.of(problem);
        ReferenceOptimum.Reference reference = ReferenceOptimum.of(rules);
        Map<String, String> assignment = new LinkedHashMap<>();
        result.pairings().forEach(pairing -> assignment.put(pairing.participantId(), pairing.mentorId()));
        RulesWrittenAgain.Scored scored = rules.score(assignment);

        assertThat(scored.broken())
                .as("pairs the rules forbid, mentors over capacity")
                .isEmpty();
        assertThat(result.pairings()).extracting(ProposedPairing::participantId).doesNotHaveDuplicates();
        assertThat(result.matchedCount())
                .isEqualTo(result.pairings().size())
                .isEqualTo(result.maximumMatchable())
                .isEqualTo(reference.maximum());
        assertThat(scored.soft())
                .as("the round's pairings re-scored by the reference")
                .isEqualTo(soft(result));
        assertThat(soft(result)).as("the exact optimum").isEqualTo(reference.optimum());
        everyParticipantIsPlacedOrExplainedOnce(problem, result);
    }

    /** Each weight 0 one time in four, else up to 1,000 (urgency and waiting up to 100,000: priority may lead or not). */
    private static Map<String, Integer> randomWeights(long seed) {
        Random random = new Random(seed * 7919);
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (WeightTerm term : WeightTerm.values()) {
            int most = term.isPriority() ? 100_000 : 1_000;
            weights.put(term.key(), random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(most));
        }
        return weights;
    }

    private static MatchingProblem withWeights(MatchingProblem problem, Map<String, Integer> weights) {
        return new MatchingProblem(
                problem.programId(),
                problem.referenceTime(),
                problem.minOverlapMinutes(),
                weights,
                problem.participants(),
                problem.mentors(),
                problem.fixedPairings(),
                problem.forbiddenPairs());
    }

    private static long soft(MatchingResult result) {
        String score = result.score();
        return Long.parseLong(score.substring(score.lastIndexOf('/') + 1, score.length() - "soft".length()));
    }

    private static void everyParticipantIsPlacedOrExplainedOnce(MatchingProblem problem, MatchingResult result) {
        Set<String> fixedParticipants = new HashSet<>();
        problem.fixedPairings().forEach(fixed -> fixedParticipants.add(fixed.participantId()));
        List<String> expected = problem.participants().stream()
                .map(ParticipantProfile::id)
                .filter(id -> !fixedParticipants.contains(id))
                .toList();
        List<String> reported = new ArrayList<>();
        result.pairings().forEach(pairing -> reported.add(pairing.participantId()));
        result.unmatched().forEach(unmatched -> reported.add(unmatched.participantId()));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
        result.unmatched()
                .forEach(unmatched -> assertThat(unmatched.reasons())
                        .isNotEmpty()
                        .allSatisfy(reason -> assertThat(reason).containsPattern("\\(H[1-8]\\)")));
    }
}
