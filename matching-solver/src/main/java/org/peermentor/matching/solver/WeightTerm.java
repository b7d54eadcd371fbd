package org.peermentor.matching.solver;

import java.util.Map;

/**
 * The soft terms a program manager can weigh, each declared with the key a {@code weights} map names it by, its
 * default weight and the constraint it drives; the comment on each says what one unit of it is. A weight multiplies
 * the term's units; 0 switches the term off; negative weights are refused ({@link MatchingWeights#problems}).
 *
 * <p>The defaults keep the contract's order: one day of waiting outweighs the most any single pair can earn in
 * quality, and high urgency outweighs a year of waiting.
 */
public enum WeightTerm {
    /** Each HIGH-urgency participant matched. */
    URGENCY("urgency", 1_000_000, MatchingConstraintConfiguration.HIGH_URGENCY_FIRST),
    /** Each day a matched participant has waited, up to 365. */
    WAITING_TIME("waitingTime", 1_000, MatchingConstraintConfiguration.LONGEST_WAITING_FIRST),
    /** Each secondary issue of the participant the mentor knows (lived or trained). */
    SHARED_ISSUES("sharedIssues", 20, MatchingConstraintConfiguration.SHARED_SECONDARY_ISSUES),
    /** Each year under 30 between their birth years. */
    AGE_CLOSENESS("ageCloseness", 2, MatchingConstraintConfiguration.CLOSE_IN_AGE),
    /** Each quarter-hour of weekly overlap, up to 10 hours. */
    OVERLAP("overlap", 2, MatchingConstraintConfiguration.WEEKLY_OVERLAP),
    /** Each pair in the same region. */
    SAME_REGION("sameRegion", 30, MatchingConstraintConfiguration.SAME_REGION),
    /** (Penalty) each unit of a mentor's squared load added this round. */
    MENTOR_LOAD_BALANCE("mentorLoadBalance", 10, MatchingConstraintConfiguration.BALANCED_MENTOR_LOAD);

    private final String key;
    private final int defaultWeight;
    private final String constraint;

    WeightTerm(String key, int defaultWeight, String constraint) {
        this.key = key;
        this.defaultWeight = defaultWeight;
        this.constraint = constraint;
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
