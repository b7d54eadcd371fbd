package org.peermentor.matching.solver;

import java.util.HashMap;
import java.util.Map;

/**
 * H3 as one AND of two longs, for a round's tens of millions of candidate pairs: each language the round meets gets a
 * bit of its own, the first 63 of them; any further ones share the last bit, and a pair whose only common bit is that
 * one is asked of {@link RuleBook#language} itself. Kept per mentor in an array, so the check reads memory in order.
 */
final class LanguageBits {

    private static final int OWN_BITS = 63;
    private static final long SHARED_BIT = 1L << OWN_BITS;

    private final Map<String, Long> bits = new HashMap<>();

    long of(String[] spoken) {
        long mask = 0;
        for (String language : spoken) {
            mask |= bits.computeIfAbsent(language, key -> bits.size() < OWN_BITS ? 1L << bits.size() : SHARED_BIT);
        }
        return mask;
    }

    /** Whether two people whose masks these are share a language: certainly, certainly not, or ask the rule. */
    static boolean share(long a, long b, ParticipantFacts p, MentorFacts m) {
        long common = a & b;
        if (common == 0) {
            return false;
        }
        return common != SHARED_BIT || RuleBook.language(p, m);
    }
}
