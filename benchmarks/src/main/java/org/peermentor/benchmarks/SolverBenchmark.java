package org.peermentor.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.peermentor.matching.solver.MatchingProblem;
import org.peermentor.matching.solver.MatchingResult;
import org.peermentor.matching.solver.MatchingSolver;

/**
 * Solves seeded cohorts of growing size and prints, per size: the time to the final solution, the matched count
 * against the exact maximum, the score, the score calculation speed and the peak heap.
 *
 * <pre>./mvnw -q -pl benchmarks package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -cp benchmarks/target/classes:$(cat benchmarks/target/cp.txt) org.peermentor.benchmarks.SolverBenchmark \
 *     --timeLimit 30 --unimproved 5 --sizes 1000x300,5000x1500,10000x3000</pre>
 */
public final class SolverBenchmark {

    private SolverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Duration timeLimit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeLimit", "30")));
        Duration unimproved = Duration.ofSeconds(Long.parseLong(options.getOrDefault("unimproved", "5")));
        List<String> sizes = List.of(options.getOrDefault("sizes", "1000x300,5000x1500,10000x3000").split(","));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        MatchingSolver solver = new MatchingSolver();
        solver.solve(SolverCohorts.cohort(seed, 200, 60), Duration.ofSeconds(2), Duration.ofMillis(500)); // warm-up

        System.out.printf("%-12s %7s %7s %8s %8s %9s %-36s %15s %12s %9s%n", "size", "seed s", "time s", "matched",
                "maximum", "calc/s", "score", "seed soft", "peak heap MB", "heap MB*");
        for (String size : sizes) {
            String[] parts = size.split("x");
            int participants = Integer.parseInt(parts[0]);
            MatchingProblem problem = SolverCohorts.cohort(seed, participants, Integer.parseInt(parts[1]));
            MatchingResult seedOnly = solver.solve(problem, Duration.ofMillis(1), Duration.ofMillis(1));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler sampler = HeapSampler.start();
            MatchingResult result = solver.solve(problem, timeLimit, unimproved);
            long sampledPeak = sampler.stop();
            long seconds = Math.max(1, result.solvingTime().toMillis());
            System.out.printf("%-12s %7.1f %7.1f %8d %8d %9d %-36s %15s %12d %9d%n", size,
                    seedOnly.solvingTime().toMillis() / 1000.0, result.solvingTime().toMillis() / 1000.0,
                    result.matchedCount(), result.maximumMatchable(), result.scoreCalculationCount() * 1000 / seconds,
                    result.score(), soft(seedOnly.score()), sampledPeak >> 20, poolPeaks() >> 20);
        }
        System.out.println("seed s: a solve with a 1 ms search: reading the round, the exact maximum matching, the "
                + "explanations; seed soft: its soft score");
        System.out.println("calc/s: score calculations over the whole solve (set-up and explanations included)");
        System.out.println("peak heap: most heap in use, sampled every 20 ms; heap MB*: sum of the heap pools' peaks");
    }

    private static String soft(String score) {
        return score.substring(score.lastIndexOf('/') + 1);
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
                    () -> sampler.peak.accumulateAndGet(sampler.memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 20, TimeUnit.MILLISECONDS);
            return sampler;
        }

        long stop() throws InterruptedException {
            executor.shutdown();
            executor.awaitTermination(1, TimeUnit.SECONDS);
            return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
        }
    }
}
