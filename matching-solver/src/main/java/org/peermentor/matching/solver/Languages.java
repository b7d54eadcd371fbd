package org.peermentor.matching.solver;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** A profile's languages as rule H3 compares them: trimmed lower-case codes, and the same as canonical strings. */
final class Languages {

    private Languages() {}

    static Set<String> of(Collection<String> languages) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String language : ParticipantFacts.orEmpty(languages)) {
            if (language != null) {
                normalized.add(language.trim().toLowerCase(Locale.ROOT));
            }
        }
        return normalized;
    }

    /**
     * The languages as canonical (interned) strings: H3 is asked of every candidate pair, and comparing one or two
     * canonical strings by identity is several times cheaper than looking each up in the other person's set.
     */
    static String[] spoken(Set<String> languages) {
        return languages.stream().map(String::intern).toArray(String[]::new);
    }
}
