package org.peermentor.matching.solver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The exact maximum and optimum of a round, from {@link RulesWrittenAgain} and JGraphT (another library and other
 * algorithms than the solver's OR-Tools flow): the maximum by push-relabel (edge weights as capacities), then the cheapest flow of that size by
 * capacity scaling. Network: source → participant (1) → allowed mentor (1, costing {@code top − reward}) → one arc per
 * place left (1, what that place adds to the squared load) → sink. The optimum is re-scored in whole numbers by
 * {@link RulesWrittenAgain#score}, not read from the flow's floating-point cost.
 */
final class ReferenceOptimum {

    record Reference(int maximum, long optimum, Map<String, String> assignment) {}

    private ReferenceOptimum() {}

    static Reference of(RulesWrittenAgain round) {
        int participants = round.participants.size();
        int source = 0;
        int sink = 1;
        int firstMentor = 2 + participants;
        Graph<Integer, DefaultWeightedEdge> network = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        Graph<Integer, DefaultWeightedEdge> capacities = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < firstMentor + round.mentors.size(); v++) {
            network.addVertex(v);
            capacities.addVertex(v);
        }
        long top = 0;
        for (long[] rewards : round.reward) {
            for (long reward : rewards) {
                top = Math.max(top, reward);
            }
        }
        DefaultWeightedEdge[][] pairArcs = new DefaultWeightedEdge[participants][];
        for (int p = 0; p < participants; p++) {
            network.setEdgeWeight(network.addEdge(source, 2 + p), 0);
            capacities.setEdgeWeight(capacities.addEdge(source, 2 + p), 1);
            pairArcs[p] = new DefaultWeightedEdge[round.allowed[p].length];
            for (int i = 0; i < round.allowed[p].length; i++) {
                pairArcs[p][i] = network.addEdge(2 + p, firstMentor + round.allowed[p][i]);
                network.setEdgeWeight(pairArcs[p][i], top - round.reward[p][i]);
                capacities.setEdgeWeight(capacities.addEdge(2 + p, firstMentor + round.allowed[p][i]), 1);
            }
        }
        for (int m = 0; m < round.mentors.size(); m++) {
            if (round.placesLeft[m] > 0) {
                capacities.setEdgeWeight(capacities.addEdge(firstMentor + m, sink), round.placesLeft[m]);
            }
            for (int k = 1; k <= round.placesLeft[m]; k++) {
                network.setEdgeWeight(network.addEdge(firstMentor + m, sink), round.placeCost(m, k));
            }
        }
        int maximum = (int) Math.round(new PushRelabelMFImpl<>(capacities).getMaximumFlowValue(source, sink));
        Map<String, String> assignment = new LinkedHashMap<>();
        if (maximum > 0) {
            Function<Integer, Integer> supply = v -> v == source ? maximum : v == sink ? -maximum : 0;
            MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<
                            Integer, DefaultWeightedEdge>()
                    .getMinimumCostFlow(
                            new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(network, supply, edge -> 1));
            for (int p = 0; p < participants; p++) {
                for (int i = 0; i < pairArcs[p].length; i++) {
                    if (flow.getFlow(pairArcs[p][i]) > 0.5) {
                        assignment.put(
                                round.participants.get(p).id(),
                                round.mentors.get(round.allowed[p][i]).id());
                    }
                }
            }
        }
        return new Reference(maximum, round.score(assignment).soft(), assignment);
    }
}
