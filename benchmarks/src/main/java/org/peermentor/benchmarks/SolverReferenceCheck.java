package org.peermentor.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.solver.FixedPairing;
import org.peermentor.matching.solver.MatchingProblem;
import org.peermentor.matching.solver.MatchingResult;
import org.peermentor.matching.solver.MatchingRules;
import org.peermentor.matching.solver.MatchingSolver;
import org.peermentor.matching.solver.PairKey;
import org.peermentor.matching.solver.ProposedPairing;
import org.peermentor.matching.solver.RuleContext;
import org.peermentor.matching.solver.RulesWrittenAgain;

/**
 * Checks that the benchmark's exact reference ({@link RulesWrittenAgain} + {@link ExactReference}) measures the solver's
 * own objective, on seeded cohorts small enough to check every way. Per cohort:
 * <ol>
 * <li><b>rules</b> (cohorts up to {@code --rulesUpTo} participants): for EVERY participant × mentor pair, the mirror
 *     allows the pair exactly when the solver's public {@link MatchingRules#check} finds no broken rule;</li>
 * <li><b>count</b>: the flow's maximum equals the solver's {@code maximumMatchable} and matched count;</li>
 * <li><b>rewards</b>: the mirror re-scores the solver's own pairings to exactly the soft score the solver reports;</li>
 * <li><b>optimum</b>: the solver's soft score is the exact optimum (its seed is a min-cost flow of its own);</li>
 * <li><b>re-scored by the solver</b>: the same cohort with every pair but the reference's forbidden (H7) leaves the
 *     solver one choice per participant, the reference assignment; the solver must match as many and score it
 *     exactly the exact optimum.</li>
 * </ol>
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) org.peermentor.benchmarks.SolverReferenceCheck \
 *     --sizes 200x60,1000x300 --seeds 10 --rulesUpTo 200</pre>
 */
public final class SolverReferenceCheck {

    private SolverReferenceCheck() {}

    public static void main(String[] args) {
        Options options = Options.parse(args);
        List<String> sizes =
                List.of(options.getOrDefault("sizes", "200x60,1000x300").split(","));
        int seeds = options.integer("seeds", 10);
        int rulesUpTo = options.integer("rulesUpTo", 200);
        Duration timeLimit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeLimit", "5")));
        MatchingSolver solver = new MatchingSolver();
        int cohorts = 0;
        int failed = 0;
        System.out.printf(
                "%-10s %5s %8s %8s %8s %14s %14s %14s %9s  %s%n",
                "size",
                "seed",
                "pairs",
                "maximum",
                "matched",
                "solver soft",
                "mirror soft",
                "exact optimum",
                "ratio",
                "checks");
        for (String size : sizes) {
            for (long seed = 1; seed <= seeds; seed++) {
                MatchingProblem problem = SolverCohorts.cohort(seed, size);
                RulesWrittenAgain mirror = RulesWrittenAgain.of(problem);
                ExactReference.Reference reference = ExactReference.solve(mirror);
                MatchingResult result = solver.solve(problem, timeLimit, Duration.ZERO);
                long solverSoft = SolverBenchmark.soft(result.score());
                RulesWrittenAgain.Scored mirrored = mirror.score(assignment(result));
                RulesWrittenAgain.Scored referenceScored = mirror.score(reference.assignment());
                List<String> problems = new ArrayList<>();
                if (problem.participants().size() <= rulesUpTo) {
                    problems.addAll(ruleDifferences(problem, mirror));
                }
                if (reference.maximum() != result.maximumMatchable() || reference.maximum() != result.matchedCount()) {
                    problems.add("count: flow " + reference.maximum() + ", solver " + result.matchedCount() + " of "
                            + result.maximumMatchable());
                }
                if (!mirrored.broken().isEmpty() || mirrored.soft() != solverSoft) {
                    problems.add("rewards: mirror scores the solver's pairings " + mirrored.soft() + " "
                            + mirrored.broken());
                }
                if (!referenceScored.broken().isEmpty() || referenceScored.soft() != reference.optimum()) {
                    problems.add("reference re-scored by the mirror: " + referenceScored.soft() + " "
                            + referenceScored.broken());
                }
                if (reference.optimum() != solverSoft) {
                    problems.add("optimum: the solver's score is not the exact optimum");
                }
                MatchingResult forced = solver.solve(
                        forcedTo(problem, mirror, reference.assignment()), Duration.ofSeconds(2), Duration.ZERO);
                if (forced.matchedCount() != reference.maximum()
                        || SolverBenchmark.soft(forced.score()) != reference.optimum()) {
                    problems.add("re-scored by the solver: " + forced.matchedCount() + " matched, " + forced.score());
                }
                cohorts++;
                failed += problems.isEmpty() ? 0 : 1;
                System.out.printf(
                        "%-10s %5d %8d %8d %8d %14d %14d %14d %9.6f  %s%n",
                        size,
                        seed,
                        reference.pairArcs(),
                        reference.maximum(),
                        result.matchedCount(),
                        solverSoft,
                        mirrored.soft(),
                        reference.optimum(),
                        (double) solverSoft / reference.optimum(),
                        problems.isEmpty() ? "all agree" : problems);
            }
        }
        System.out.printf(
                "reference checks: %d cohorts, %d agree on every check, %d do not%n",
                cohorts, cohorts - failed, failed);
        if (failed > 0) {
            System.exit(1);
        }
    }

    static Map<String, String> assignment(MatchingResult result) {
        Map<String, String> assignment = new HashMap<>();
        for (ProposedPairing pairing : result.pairings()) {
            assignment.put(pairing.participantId(), pairing.mentorId());
        }
        return assignment;
    }

    /** Pairs where the mirror and {@link MatchingRules#check} disagree on whether the rules allow them. */
    private static List<String> ruleDifferences(MatchingProblem problem, RulesWrittenAgain mirror) {
        Map<String, Integer> placesInUse = new HashMap<>();
        for (FixedPairing pairing : problem.fixedPairings()) {
            placesInUse.merge(pairing.mentorId(), 1, Integer::sum);
        }
        RuleContext context = new RuleContext(
                problem.referenceTime(), problem.minOverlapMinutes(), problem.forbiddenPairs(), placesInUse);
        Map<String, Set<String>> allowed = mirror.allowedPairs();
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (ParticipantProfile participant : mirror.participants) {
            for (MentorProfile mentor : mirror.mentors) {
                boolean solverAllows =
                        MatchingRules.check(participant, mentor, context).isEmpty();
                boolean mirrorAllows = allowed.get(participant.id()).contains(mentor.id());
                checked++;
                if (solverAllows != mirrorAllows && differences.size() < 5) {
                    differences.add("rules: " + participant.id() + "/" + mentor.id() + " solver " + solverAllows
                            + ", mirror " + mirrorAllows);
                }
            }
        }
        if (checked == 0) {
            differences.add("rules: no pair checked");
        }
        return differences;
    }

    /** The problem with every pair forbidden but the assignment's own: the solver's only choice is the assignment. */
    private static MatchingProblem forcedTo(
            MatchingProblem problem, RulesWrittenAgain mirror, Map<String, String> pairs) {
        Set<PairKey> forbidden = new HashSet<>(problem.forbiddenPairs());
        for (ParticipantProfile participant : mirror.participants) {
            String keep = pairs.get(participant.id());
            for (MentorProfile mentor : mirror.mentors) {
                if (!mentor.id().equals(keep)) {
                    forbidden.add(new PairKey(participant.id(), mentor.id()));
                }
            }
        }
        return new MatchingProblem(
                problem.programId(),
                problem.referenceTime(),
                problem.minOverlapMinutes(),
                problem.weights(),
                problem.participants(),
                problem.mentors(),
                problem.fixedPairings(),
                forbidden);
    }
}
