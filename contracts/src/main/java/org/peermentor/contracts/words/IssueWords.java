package org.peermentor.contracts.words;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain words for issue codes. Codes are identifiers, never text for people: an unknown code still becomes words
 * ({@code SELF_HARM} → "self harm"), so an email or a page never shows a code, whatever the program's taxonomy. One
 * table for every service, so the mentor's page says what the mentor's email says.
 */
public final class IssueWords {

    /** The built-in codes in the order forms list them, each with its words. */
    private static final Map<String, String> DEFAULTS = inOrder(
            Map.entry("ALCOHOL_USE", "alcohol use"),
            Map.entry("OPIOID_USE", "opioid use"),
            Map.entry("STIMULANT_USE", "stimulant use"),
            Map.entry("GAMBLING", "gambling"),
            Map.entry("DEPRESSION", "depression"),
            Map.entry("ANXIETY", "anxiety"),
            Map.entry("BIPOLAR", "bipolar disorder"),
            Map.entry("PTSD", "post-traumatic stress"),
            Map.entry("EATING_DISORDER", "eating disorders"),
            Map.entry("GRIEF", "grief"),
            Map.entry("CHRONIC_ILLNESS", "chronic illness"),
            Map.entry("CAREGIVING", "caregiving"));

    /** The issue codes every program starts with, in the order forms list them; a program may configure others. */
    public static final List<String> BUILT_IN_CODES = List.copyOf(DEFAULTS.keySet());

    private final Map<String, String> words;

    /** The built-in words only. */
    public static IssueWords defaults() {
        return new IssueWords(Map.of());
    }

    /** The built-in words, with a program's own words for some codes on top. */
    public IssueWords(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(DEFAULTS);
        all.putAll(overrides);
        this.words = Map.copyOf(all);
    }

    /** The entries as an unmodifiable map that keeps their order. */
    @SafeVarargs
    private static Map<String, String> inOrder(Map.Entry<String, String>... entries) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries) {
            ordered.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** The code in words; a missing code reads as "a shared experience". */
    public String of(String code) {
        if (code == null || code.isBlank()) {
            return "a shared experience";
        }
        String known = words.get(code);
        return known != null
                ? known
                : code.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    }
}
