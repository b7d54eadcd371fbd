package org.peermentor.contracts.words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Plain words for issue codes. Codes are identifiers, never text for people: an unknown code still becomes words
 * ({@code SELF_HARM} → "self harm"), so an email or a page never shows a code, whatever the program's taxonomy. One
 * table for every service, so the mentor's page says what the mentor's email says; the built-in words of each language
 * are in {@code issues.properties} ({@code issues_es.properties} in Spanish) beside this class.
 */
public final class IssueWords {

    /** The issue codes every program starts with, in the order forms list them; a program may configure others. */
    public static final List<String> BUILT_IN_CODES = List.of(
            "ALCOHOL_USE",
            "OPIOID_USE",
            "STIMULANT_USE",
            "GAMBLING",
            "DEPRESSION",
            "ANXIETY",
            "BIPOLAR",
            "PTSD",
            "EATING_DISORDER",
            "GRIEF",
            "CHRONIC_ILLNESS",
            "CAREGIVING");

    private static final String BUILT_IN = "org.peermentor.contracts.words.issues";
    // else a language with no words of its own would get the JVM's default locale's words, not the English ones
    private static final ResourceBundle.Control ENGLISH_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String NO_CODE = "none";

    private final Map<String, String> programWords;

    /** The built-in words only. */
    public static IssueWords defaults() {
        return new IssueWords(Map.of());
    }

    /** The built-in words, with a program's own (English) words for some codes on top. */
    public IssueWords(Map<String, String> programWords) {
        this.programWords = Map.copyOf(programWords);
    }

    /** The code in English words; a missing code reads as "a shared experience". */
    public String of(String code) {
        return of(code, Locale.ENGLISH);
    }

    /**
     * The code in words of this language, English where it has none. A program's own words are English: they come
     * before the built-in English words, but after the built-in words of another language.
     */
    public String of(String code, Locale language) {
        ResourceBundle builtIn = ResourceBundle.getBundle(BUILT_IN, language, ENGLISH_FALLBACK);
        if (code == null || code.isBlank()) {
            return builtIn.getString(NO_CODE);
        }
        boolean translated = !builtIn.getLocale().equals(Locale.ROOT);
        if (translated && builtIn.containsKey(code)) {
            return builtIn.getString(code);
        }
        if (programWords.containsKey(code)) {
            return programWords.get(code);
        }
        return builtIn.containsKey(code)
                ? builtIn.getString(code)
                : code.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    }
}
