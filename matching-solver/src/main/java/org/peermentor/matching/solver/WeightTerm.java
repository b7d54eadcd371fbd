package org.peermentor.matching.solver;

import java.util.Locale;
import java.util.Map;

/**
 * The soft terms a program manager can weigh, each declared with its default weight and the constraint it drives. The
 * comment on each gives the key a {@code weights} map names it by (the constant's name in lower camel case) and what one
 * unit of it is. A weight multiplies the term's units; 0 switches the term off; negative weights are refused
 * ({@link MatchingWeights#problems}).
 *
 * <p>The defaults keep the contract's order: one day of waiting outweighs the most any single pair can earn in
 * quality, and high urgency outweighs a year of waiting.
 */
public enum WeightTerm {
    /** {@code urgency}: each HIGH-urgency participant matched. */
    URGENCY(1_000_000, MatchingConstraintConfiguration.HIGH_URGENCY_FIRST),
    /** {@code waitingTime}: each day a matched participant has waited, up to 365. */
    WAITING_TIME(1_000, MatchingConstraintConfiguration.LONGEST_WAITING_FIRST),
    /** {@code sharedIssues}: each secondary issue of the participant the mentor knows (lived or trained). */
    SHARED_ISSUES(20, MatchingConstraintConfiguration.SHARED_SECONDARY_ISSUES),
    /** {@code ageCloseness}: each year under 30 between their birth years. */
    AGE_CLOSENESS(2, MatchingConstraintConfiguration.CLOSE_IN_AGE),
    /** {@code overlap}: each quarter-hour of weekly overlap, up to 10 hours. */
    OVERLAP(2, MatchingConstraintConfiguration.WEEKLY_OVERLAP),
    /** {@code sameRegion}: each pair in the same region. */
    SAME_REGION(30, MatchingConstraintConfiguration.SAME_REGION),
    /** {@code mentorLoadBalance}: a penalty for each unit of a mentor's squared load added this round. */
    MENTOR_LOAD_BALANCE(10, MatchingConstraintConfiguration.BALANCED_MENTOR_LOAD);

    private final int defaultWeight;
    private final String constraint;
    private final String key;

    WeightTerm(int defaultWeight, String constraint) {
        this.defaultWeight = defaultWeight;
        this.constraint = constraint;
        this.key = lowerCamel(name());
    }

    /** {@code WAITING_TIME} as {@code waitingTime}. */
    private static String lowerCamel(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder camel = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return camel.toString();
    }

    /** The name of the term in a {@code weights} map. */
    public String key() {
        return key;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    /** The term's weight in a map that names every term, as a problem's weights do once the defaults are filled in. */
    public int of(Map<String, Integer> weights) {
        return weights.get(key);
    }

    /** Whether the term decides who is matched first rather than how well a pair fits (quality). */
    boolean isPriority() {
        return this == URGENCY || this == WAITING_TIME;
    }

    /** The name of the constraint the term's weight applies to. */
    String constraint() {
        return constraint;
    }
}
