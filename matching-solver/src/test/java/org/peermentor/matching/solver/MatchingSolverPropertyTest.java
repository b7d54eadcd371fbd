package org.peermentor.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;

/**
 * Over many random cohorts: the result never breaks a rule, places everyone at most once, and matches exactly as
 * many participants as a maximum flow computed here, independently, with JGraphT.
 */
class MatchingSolverPropertyTest {

    private static final int COHORTS = 50;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, COHORTS);
    }

    @ParameterizedTest(name = "cohort {0}")
    @MethodSource("seeds")
    void aRoundBreaksNoRuleAndMatchesTheMaximum(long seed) {
        MatchingProblem problem = Cohorts.cohort(seed, 300, 100);

        MatchingResult result = Fixtures.solve(problem);

        Map<String, Integer> fixedByMentor = fixedByMentor(problem);
        assertThat(result.matchedCount()).isEqualTo(result.pairings().size())
                .isEqualTo(result.maximumMatchable())
                .isEqualTo(maximumFlow(problem, fixedByMentor));
        everyPairingKeepsRulesH1ToH7(problem, result);
        noMentorHoldsMoreThanCapacity(problem, result, fixedByMentor);
        everyParticipantIsPlacedOrExplainedOnce(problem, result);
    }

    private static void everyPairingKeepsRulesH1ToH7(MatchingProblem problem, MatchingResult result) {
        RuleContext context = new RuleContext(problem.referenceTime(), problem.minOverlapMinutes(),
                problem.forbiddenPairs(), Map.of());
        Map<String, ParticipantProfile> participants = new HashMap<>();
        problem.participants().forEach(p -> participants.put(p.id(), p));
        Map<String, MentorProfile> mentors = new HashMap<>();
        problem.mentors().forEach(m -> mentors.put(m.id(), m));
        for (ProposedPairing pairing : result.pairings()) {
            assertThat(MatchingRules.check(participants.get(pairing.participantId()), mentors.get(pairing.mentorId()),
                    context)).as(pairing.toString()).isEmpty();
            assertThat(pairing.overlaps().stream().mapToInt(o -> o.minutes()).sum())
                    .isGreaterThanOrEqualTo(problem.minOverlapMinutes());
        }
    }

    private static void noMentorHoldsMoreThanCapacity(MatchingProblem problem, MatchingResult result,
            Map<String, Integer> fixedByMentor) {
        Map<String, Integer> held = new HashMap<>(fixedByMentor);
        result.pairings().forEach(pairing -> held.merge(pairing.mentorId(), 1, Integer::sum));
        for (MentorProfile mentor : problem.mentors()) {
            int proposed = held.getOrDefault(mentor.id(), 0) - fixedByMentor.getOrDefault(mentor.id(), 0);
            if (proposed > 0) {
                assertThat(held.get(mentor.id())).as("places held by " + mentor.id())
                        .isLessThanOrEqualTo(mentor.capacity());
            }
        }
    }

    private static void everyParticipantIsPlacedOrExplainedOnce(MatchingProblem problem, MatchingResult result) {
        Set<String> fixedParticipants = new HashSet<>();
        problem.fixedPairings().forEach(fixed -> fixedParticipants.add(fixed.participantId()));
        List<String> expected = problem.participants().stream().map(ParticipantProfile::id)
                .filter(id -> !fixedParticipants.contains(id)).toList();
        List<String> reported = new ArrayList<>();
        result.pairings().forEach(pairing -> reported.add(pairing.participantId()));
        result.unmatched().forEach(unmatched -> reported.add(unmatched.participantId()));
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
        result.unmatched().forEach(unmatched -> assertThat(unmatched.reasons()).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason).containsPattern("\\(H[1-8]\\)")));
    }

    /** Source → each participant (1) → each mentor the rules allow (1) → sink (places left after fixed pairings). */
    private static int maximumFlow(MatchingProblem problem, Map<String, Integer> fixedByMentor) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex("source");
        graph.addVertex("sink");
        Set<String> fixedParticipants = new HashSet<>();
        problem.fixedPairings().forEach(fixed -> fixedParticipants.add(fixed.participantId()));
        RuleContext context = new RuleContext(problem.referenceTime(), problem.minOverlapMinutes(),
                problem.forbiddenPairs(), fixedByMentor);
        for (MentorProfile mentor : problem.mentors()) {
            graph.addVertex("m:" + mentor.id());
            int placesLeft = mentor.capacity() - fixedByMentor.getOrDefault(mentor.id(), 0);
            if (placesLeft > 0) {
                graph.setEdgeWeight(graph.addEdge("m:" + mentor.id(), "sink"), placesLeft);
            }
        }
        for (ParticipantProfile participant : problem.participants()) {
            if (fixedParticipants.contains(participant.id())) {
                continue;
            }
            graph.addVertex("p:" + participant.id());
            graph.setEdgeWeight(graph.addEdge("source", "p:" + participant.id()), 1);
            for (MentorProfile mentor : problem.mentors()) {
                if (MatchingRules.check(participant, mentor, context).isEmpty()) {
                    graph.setEdgeWeight(graph.addEdge("p:" + participant.id(), "m:" + mentor.id()), 1);
                }
            }
        }
        return (int) Math.round(new PushRelabelMFImpl<>(graph).getMaximumFlowValue("source", "sink"));
    }

    private static Map<String, Integer> fixedByMentor(MatchingProblem problem) {
        Map<String, Integer> fixed = new HashMap<>();
        problem.fixedPairings().forEach(pairing -> fixed.merge(pairing.mentorId(), 1, Integer::sum));
        return fixed;
    }
}
