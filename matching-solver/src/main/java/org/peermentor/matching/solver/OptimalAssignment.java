package org.peermentor.matching.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;

/**
 * The exact best assignment among those that match the most participants: a minimum-cost maximum flow, solved by
 * Google OR-Tools' {@code SimpleMinCostFlow} (integer costs, so exact). Network: source → each participant (1) →
 * each mentor it may have (1, costing minus the pair's gain) → one arc per place the mentor has left (1, the k-th
 * costing {@code loadWeight × (2(fixed + k) − 1)}) → sink.
 *
 * <p>Why that is the score: every soft term today is a gain per matched pair (priority and quality) or the mentor
 * load penalty {@code loadWeight × ((fixed + n)² − fixed²)}, which is the sum of those place costs; they grow with
 * k, so a cheapest flow fills a mentor's cheap places first. So minus the cost of a flow is the soft score of its
 * assignment, and the cheapest maximum flow is the best soft score among the maximum matchings: the count (medium
 * level) is never traded for it.
 *
 * <p>Why OR-Tools and not JGraphT's {@code CapacityScalingMinimumCostFlow} (pure Java): on the benchmark's
 * 10,000 × 3,000 round (997,099 allowed pairs) JGraphT took 143–172 s and OR-Tools 0.5–0.7 s for the same optimum.
 * The price is a native library, loaded once per JVM from the jar (Linux and macOS on x86-64 and arm64, Windows).
 */
final class OptimalAssignment {

    private OptimalAssignment() {}

    /**
     * @param allowed    per participant, the indexes of the mentors it may have
     * @param gains      per participant, what each allowed mentor earns in priority and quality (same order)
     * @param placesLeft per mentor, the places left
     * @param fixed      per mentor, the places fixed pairings hold
     * @param loadWeight the weight of the mentor load term
     * @return per participant, the index of its mentor, or -1; null when the costs are out of the solver's range
     */
    static int[] solve(int[][] allowed, long[][] gains, int[] placesLeft, int[] fixed, long loadWeight) {
        NativeLibrary.load();
        int participants = allowed.length;
        int source = 0;
        int firstMentor = 1 + participants;
        int sink = firstMentor + placesLeft.length;
        MinCostFlow flow = new MinCostFlow();
        for (int p = 0; p < participants; p++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + p, 1, 0);
        }
        int[] firstPairArc = new int[participants];
        for (int p = 0; p < participants; p++) {
            for (int i = 0; i < allowed[p].length; i++) {
                int arc = flow.addArcWithCapacityAndUnitCost(1 + p, firstMentor + allowed[p][i], 1, -gains[p][i]);
                if (i == 0) {
                    firstPairArc[p] = arc; // a participant's pair arcs are added in a row
                }
            }
        }
        for (int m = 0; m < placesLeft.length; m++) {
            for (int k = 1; k <= placesLeft[m]; k++) {
                flow.addArcWithCapacityAndUnitCost(firstMentor + m, sink, 1, loadWeight * (2L * (fixed[m] + k) - 1));
            }
        }
        flow.setNodeSupply(source, participants);
        flow.setNodeSupply(sink, -participants);
        if (flow.solveMaxFlowWithMinCost() != MinCostFlowBase.Status.OPTIMAL) {
            return null;
        }
        int[] mentorOf = new int[participants];
        Arrays.fill(mentorOf, -1);
        for (int p = 0; p < participants; p++) {
            for (int i = 0; i < allowed[p].length; i++) {
                if (flow.getFlow(firstPairArc[p] + i) > 0) {
                    mentorOf[p] = allowed[p][i];
                }
            }
        }
        return mentorOf;
    }

    /** OR-Tools' native library, loaded (unpacked from its jar) once per JVM, on the first round. */
    private static final class NativeLibrary {

        static {
            Loader.loadNativeLibraries();
        }

        static void load() {
            // the class's initialisation does it, once and thread-safely
        }
    }
}
