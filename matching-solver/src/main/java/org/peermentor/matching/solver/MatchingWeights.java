package org.peermentor.matching.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code weights} map that program settings and round requests carry: each term's key to its weight. The terms,
 * their units and their defaults are declared in {@link WeightTerm}.
 */
public final class MatchingWeights {

    /** Each term's default weight, by key, in the order of {@link WeightTerm}. */
    public static final Map<String, Integer> DEFAULTS = defaults();

    /** The names a {@code weights} map may use; a caller rejects any other. */
    public static final Set<String> TERMS = DEFAULTS.keySet();

    private MatchingWeights() {}

    /** What is wrong with a weights map, in plain words; empty when it can be used. */
    public static List<String> problems(Map<String, Integer> weights) {
        List<String> problems = new ArrayList<>();
        if (weights == null) {
            return problems;
        }
        weights.forEach((term, weight) -> {
            if (!TERMS.contains(term)) {
                problems.add("Unknown weight '" + term + "'; known: " + String.join(", ", TERMS));
            } else if (weight == null || weight < 0) {
                problems.add("Weight '" + term + "' must be 0 or more");
            }
        });
        return problems;
    }

    /** The given weights over the defaults. */
    static Map<String, Integer> withDefaults(Map<String, Integer> weights) {
        Map<String, Integer> resolved = new LinkedHashMap<>(DEFAULTS);
        if (weights != null) {
            resolved.putAll(weights);
        }
        return Collections.unmodifiableMap(resolved);
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        for (WeightTerm term : WeightTerm.values()) {
            defaults.put(term.key(), term.defaultWeight());
        }
        return Collections.unmodifiableMap(defaults);
    }
}
