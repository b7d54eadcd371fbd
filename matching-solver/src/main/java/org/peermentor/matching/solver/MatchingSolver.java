package org.peermentor.matching.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves one round. The exact maximum matching (see {@link PriorityMatching}) says how many can be matched; a
 * minimum-cost flow of that value ({@link OptimalAssignment}) is the exact optimum of the soft score among those
 * matchings, and OptaPlanner's first phase ({@link ExactSeedPhase}) installs it, so its score and explanations are the
 * optimum's. Every soft term today is a gain per pair or convex per mentor, which a flow expresses exactly, so no
 * local search follows by default and the round ends as soon as the flow is in. A term a flow cannot express would
 * need one (a term over two participants of one mentor, such as keeping a group's ages close; a mentor load that is
 * not convex, such as "at least two or none"; a quota across mentors, such as a share per region): then give an
 * {@code unimprovedLimit} and local search starts from the optimum of the other terms. Blocking: run it off request
 * and listener threads. Thread-safe: each call builds its own solver.
 */
public final class MatchingSolver {

    static final long RANDOM_SEED = 20_260_301L;

    public MatchingSolver() {}

    /**
     * @param timeLimit       the longest the whole solver may run
     * @param unimprovedLimit a local search after the exact seed, ending when the best score has not improved for this
     *                        long; zero (the service's default) for none: today's terms leave it nothing to improve
     */
    public MatchingResult solve(MatchingProblem problem, Duration timeLimit, Duration unimprovedLimit) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
        long started = System.nanoTime();
        Round round = Round.of(problem);
        MatchingSolution best = round.seededSolution();
        long scoreCalculations = 0;
        SolverFactory<MatchingSolution> factory;
        if (best.getPlacements().isEmpty()) {
            factory = SolverFactory.create(config(timeLimit, Duration.ZERO, problem.weights(), Map.of()));
        } else {
            factory = SolverFactory.create(
                    config(timeLimit, unimprovedLimit, problem.weights(), round.optimalAssignment()));
            Solver<MatchingSolution> solver = factory.buildSolver();
            MatchingSolution solved = solver.solve(best);
            scoreCalculations =
                    ((DefaultSolver<MatchingSolution>) solver).getSolverScope().getScoreCalculationCount();
            if (keepsEveryRuleAndTheMaximum(solved, round)) {
                best = solved;
            } else {
                best = round.seededSolution(); // cannot happen while the flow has the maximum value
            }
        }
        ScoreExplanation<MatchingSolution, HardMediumSoftLongScore> explanation =
                SolutionManager.<MatchingSolution, HardMediumSoftLongScore>create(factory)
                        .explain(best);
        return result(
                round,
                best,
                new Explanations(round, explanation),
                TermTotals.of(explanation),
                scoreCalculations,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The exact seed as the first phase; a local search after it only when {@code unimprovedLimit} is positive. */
    static SolverConfig config(
            Duration timeLimit, Duration unimprovedLimit, Map<String, Integer> weights, Map<String, Mentor> optimum) {
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new ExactSeedPhase(optimum)));
        if (unimprovedLimit.compareTo(Duration.ZERO) > 0) {
            phases.add(localSearch(weights)
                    .withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(unimprovedLimit)));
        }
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Placement.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(RANDOM_SEED)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhaseList(phases);
    }

    /**
     * Simulated annealing, starting about as warm as one pair's quality is worth, so early on it takes a step back
     * on quality to find a better arrangement; never on hard or medium (their temperature is 0), and practically
     * never on priority, worth thousands of times more.
     */
    private static LocalSearchPhaseConfig localSearch(Map<String, Integer> weights) {
        long quality = Arrays.stream(WeightTerm.values())
                .filter(term -> !term.isPriority())
                .mapToLong(term -> term.of(weights))
                .sum();
        long temperature = Math.max(1, quality);
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature("0hard/0medium/" + temperature + "soft"))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    private static boolean keepsEveryRuleAndTheMaximum(MatchingSolution solution, Round round) {
        return solution.getScore().hardScore() == 0 && matched(solution) == round.maximumMatchable();
    }

    private static int matched(MatchingSolution solution) {
        return (int) solution.getPlacements().stream()
                .filter(placement -> placement.getMentor() != null)
                .count();
    }

    private static MatchingResult result(
            Round round,
            MatchingSolution best,
            Explanations explanations,
            Map<String, Long> termTotals,
            long scoreCalculations,
            Duration solvingTime) {
        UnmatchedReasons reasons = new UnmatchedReasons(round);
        List<ProposedPairing> pairings = new ArrayList<>();
        List<UnmatchedParticipant> unmatched = new ArrayList<>();
        Map<String, Mentor> assigned = new HashMap<>();
        best.getPlacements().forEach(placement -> {
            if (placement.getMentor() != null) {
                assigned.put(placement.getParticipantId(), placement.getMentor());
            }
        });
        for (ParticipantFacts participant : round.participants) {
            Mentor mentor = assigned.get(participant.id());
            if (mentor != null) {
                pairings.add(explanations.pairing(participant, round.mentorFacts.get(mentor.id())));
            } else {
                unmatched.add(new UnmatchedParticipant(participant.id(), reasons.of(participant)));
            }
        }
        return new MatchingResult(
                best.getScore().toString(),
                pairings.size(),
                round.maximumMatchable(),
                pairings,
                unmatched,
                termTotals,
                scoreCalculations,
                solvingTime);
    }
}
