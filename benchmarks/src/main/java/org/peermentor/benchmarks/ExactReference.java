package org.peermentor.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peermentor.matching.solver.RulesWrittenAgain;

/**
 * The exact optimum of a round's soft score among the assignments that match the most participants, from a
 * minimum-cost maximum flow (Google OR-Tools' {@code SimpleMinCostFlow}, in Java {@link MinCostFlow}).
 *
 * <p>Network: source → each participant (capacity 1, cost 0); participant → each allowed mentor (capacity 1, cost
 * minus the pair's reward: priority plus quality); mentor → sink, one arc per place left, the k-th costing the load
 * weight × (2(fixed + k) − 1), which is what that place adds to the squared-load penalty. These costs increase with
 * k, so a minimum-cost flow fills a mentor's cheap places first and the sum of the used place arcs is exactly the
 * load penalty. {@code SolveMaxFlowWithMinCost} sends the maximum flow (= the most participants the rules let be
 * matched: the medium level) at the least cost (= the highest soft score among those).
 */
final class ExactReference {

    /** The maximum matched count, the optimum soft score, its priority part, one optimal assignment. */
    record Reference(
            int maximum,
            long optimum,
            long optimumPriority,
            Map<String, String> assignment,
            long pairArcs,
            Duration time) {}

    private ExactReference() {}

    static Reference solve(RulesWrittenAgain round) {
        Loader.loadNativeLibraries();
        long started = System.nanoTime();
        int participants = round.participants.size();
        int mentors = round.mentors.size();
        int source = 0;
        int sink = 1 + participants + mentors;
        MinCostFlow flow = new MinCostFlow();
        for (int p = 0; p < participants; p++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + p, 1, 0);
        }
        int[] firstPairArc = new int[participants];
        long pairArcs = 0;
        for (int p = 0; p < participants; p++) {
            firstPairArc[p] = -1;
            int[] allowed = round.allowed[p];
            for (int i = 0; i < allowed.length; i++) {
                int arc = flow.addArcWithCapacityAndUnitCost(
                        1 + p, 1 + participants + allowed[i], 1, -round.reward[p][i]);
                if (i == 0) {
                    firstPairArc[p] = arc;
                }
                pairArcs++;
            }
        }
        for (int m = 0; m < mentors; m++) {
            for (int k = 1; k <= round.placesLeft[m]; k++) {
                flow.addArcWithCapacityAndUnitCost(1 + participants + m, sink, 1, round.placeCost(m, k));
            }
        }
        flow.setNodeSupply(source, participants);
        flow.setNodeSupply(sink, -participants);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("min-cost flow ended " + status);
        }
        Map<String, String> assignment = new LinkedHashMap<>();
        long priority = 0;
        for (int p = 0; p < participants; p++) {
            int[] allowed = round.allowed[p];
            for (int i = 0; i < allowed.length; i++) {
                if (flow.getFlow(firstPairArc[p] + i) > 0) { // a participant's pair arcs were added in a row
                    assignment.put(
                            round.participants.get(p).id(),
                            round.mentors.get(allowed[i]).id());
                    priority += round.priority[p];
                }
            }
        }
        long optimum = -flow.getOptimalCost();
        if (assignment.size() != flow.getMaximumFlow()) {
            throw new IllegalStateException("flow " + flow.getMaximumFlow() + " but " + assignment.size() + " pairs");
        }
        return new Reference(
                assignment.size(),
                optimum,
                priority,
                assignment,
                pairArcs,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
