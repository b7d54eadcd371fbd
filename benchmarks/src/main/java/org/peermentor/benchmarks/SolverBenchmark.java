package org.peermentor.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.peermentor.matching.solver.MatchingProblem;
import org.peermentor.matching.solver.MatchingResult;
import org.peermentor.matching.solver.MatchingSolver;
import org.peermentor.matching.solver.RulesWrittenAgain;

/**
 * Solves seeded cohorts of growing size as the matching service does (the exact seed, no local search) and prints,
 * per size: the time of the whole round, the matched count against the exact maximum, the soft score and its quality
 * part against the exact optimum of an independent reference (the rules rebuilt by {@link RulesWrittenAgain}, a min-cost
 * max-flow by {@link ExactReference}), the score calculation speed and the peak heap.
 *
 * <pre>./mvnw -q -B -pl benchmarks -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) org.peermentor.benchmarks.SolverBenchmark \
 *     --sizes 1000x300,5000x1500,10000x3000</pre>
 *
 * <p>{@code --timeLimit} bounds each round (30 s, the service's default); {@code --unimproved} adds a local search
 * after the exact seed that stops when it has not improved for that many seconds (0, the service's default: none).
 * {@code --warmup 10} seconds of rounds on a 1,000 × 300 cohort of another seed come first, so the first size does
 * not meet a cold JIT.
 */
public final class SolverBenchmark {

    private SolverBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> sizes = List.of(
                options.getOrDefault("sizes", "1000x300,5000x1500,10000x3000").split(","));
        Duration timeLimit =
                Duration.ofMillis((long) (1000 * Double.parseDouble(options.getOrDefault("timeLimit", "30"))));
        Duration unimproved =
                Duration.ofMillis((long) (1000 * Double.parseDouble(options.getOrDefault("unimproved", "0"))));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        MatchingSolver solver = new MatchingSolver();
        // warm-up on another cohort, so the first size is not measured with a cold JIT
        long warmupEnds = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")))
                        .toNanos();
        MatchingProblem warmupCohort = SolverCohorts.cohort(seed + 1, 1000, 300);
        while (System.nanoTime() < warmupEnds) {
            solver.solve(warmupCohort, timeLimit, unimproved);
        }

        System.out.printf(
                "%-12s %7s %8s %8s %14s %14s %9s %9s %8s %6s %7s %6s %5s%n",
                "size",
                "time s",
                "matched",
                "exact",
                "soft",
                "optimum",
                "soft/opt",
                "qual/opt",
                "calc/s",
                "heapMB",
                "poolMB",
                "GC s",
                "ref s");
        for (String size : sizes) {
            MatchingProblem problem = SolverCohorts.cohort(seed, size);
            long referenceStarted = System.nanoTime();
            ExactReference.Reference reference = ExactReference.solve(RulesWrittenAgain.of(problem));
            double referenceSeconds = (System.nanoTime() - referenceStarted) / 1e9;
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcBefore = gcMillis();
            HeapSampler sampler = HeapSampler.start();
            MatchingResult result = solver.solve(problem, timeLimit, unimproved);
            long sampledPeak = sampler.stop();
            long gc = gcMillis() - gcBefore;
            long poolPeak = poolPeaks();
            long millis = Math.max(1, result.solvingTime().toMillis());

            // the solver's pairings re-scored by the mirror: must give the solver's own soft score
            RulesWrittenAgain.Scored solved =
                    RulesWrittenAgain.of(problem).score(SolverReferenceCheck.assignment(result));
            long soft = soft(result.score());
            boolean mirrorAgrees = solved.soft() == soft && solved.broken().isEmpty();
            long optimumQuality = reference.optimum() - reference.optimumPriority();
            System.out.printf(
                    "%-12s %7.2f %8d %8d %14d %14d %9.6f %9.6f %8d %6d %7d %6.2f %5.1f%s%n",
                    size,
                    millis / 1000.0,
                    result.matchedCount(),
                    reference.maximum(),
                    soft,
                    reference.optimum(),
                    (double) soft / reference.optimum(),
                    (double) solved.quality() / optimumQuality,
                    result.scoreCalculationCount() * 1000 / millis,
                    sampledPeak >> 20,
                    poolPeak >> 20,
                    gc / 1000.0,
                    referenceSeconds,
                    mirrorAgrees ? "" : "  MIRROR DISAGREES: " + solved);
            System.out.printf(
                    "%-12s priority: solver %d, optimum %d; quality (soft − priority): solver %d, "
                            + "optimum %d; allowed pairs %d%n",
                    "",
                    solved.priority(),
                    reference.optimumPriority(),
                    solved.quality(),
                    optimumQuality,
                    reference.pairArcs());
        }
        System.out.println("time s: the whole solve (reading the round, the maximum matching, the min-cost flow, "
                + "OptaPlanner's phases, the explanations)");
        System.out.println("exact: the maximum matched count (max flow); optimum: the best soft score among maximum "
                + "matchings (the mirror's min-cost max-flow, OR-Tools); soft/opt: the solver's soft score over it");
        System.out.println("qual/opt: the quality part (soft minus urgency and waiting) over the optimum's");
        System.out.println("calc/s: score calculations over the whole solve (set-up and explanations included); "
                + "heapMB: most heap in use, sampled every 20 ms; poolMB: sum of the heap pools' peaks; "
                + "GC s: collection time during the solve; ref s: the mirror and the min-cost flow");
    }

    static long soft(String score) {
        String soft = score.substring(score.lastIndexOf('/') + 1);
        return Long.parseLong(soft.substring(0, soft.length() - "soft".length()));
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
    }

    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** Samples the heap in use, as the MemoryMXBean reports it, and keeps the most seen. */
    private static final class HeapSampler {

        private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        private final AtomicLong peak = new AtomicLong();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.executor.scheduleAtFixedRate(
                    () -> sampler.peak.accumulateAndGet(
                            sampler.memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0,
                    20,
                    TimeUnit.MILLISECONDS);
            return sampler;
        }

        long stop() throws InterruptedException {
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.SECONDS);
            return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
        }
    }
}
