package org.peermentor.matching.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The soft terms a program manager can weigh, with their default weights. A weight multiplies the term's units;
 * 0 switches the term off; negative weights are refused.
 *
 * <table>
 * <caption>Terms and their units</caption>
 * <tr><th>term</th><th>unit</th></tr>
 * <tr><td>urgency</td><td>each HIGH-urgency participant matched</td></tr>
 * <tr><td>waitingTime</td><td>each day a matched participant has waited, up to 365</td></tr>
 * <tr><td>sharedIssues</td><td>each secondary issue of the participant the mentor knows (lived or trained)</td></tr>
 * <tr><td>ageCloseness</td><td>each year under 30 between their birth years</td></tr>
 * <tr><td>overlap</td><td>each quarter-hour of weekly overlap, up to 10 hours</td></tr>
 * <tr><td>sameRegion</td><td>each pair in the same region</td></tr>
 * <tr><td>mentorLoadBalance</td><td>(penalty) each unit of a mentor's squared load added this round</td></tr>
 * </table>
 *
 * <p>The defaults keep the contract's order: one day of waiting outweighs the most any single pair can earn in
 * quality, and high urgency outweighs a year of waiting.
 */
public final class MatchingWeights {

    public static final String URGENCY = "urgency";
    public static final String WAITING_TIME = "waitingTime";
    public static final String SHARED_ISSUES = "sharedIssues";
    public static final String AGE_CLOSENESS = "ageCloseness";
    public static final String OVERLAP = "overlap";
    public static final String SAME_REGION = "sameRegion";
    public static final String MENTOR_LOAD_BALANCE = "mentorLoadBalance";

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
        defaults.put(URGENCY, 1_000_000);
        defaults.put(WAITING_TIME, 1_000);
        defaults.put(SHARED_ISSUES, 20);
        defaults.put(AGE_CLOSENESS, 2);
        defaults.put(OVERLAP, 2);
        defaults.put(SAME_REGION, 30);
        defaults.put(MENTOR_LOAD_BALANCE, 10);
        return Collections.unmodifiableMap(defaults);
    }
}
