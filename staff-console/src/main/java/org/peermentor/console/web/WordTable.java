package org.peermentor.console.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One of the API's code lists in the words people read, in the order a form offers them. A code the table does not
 * know is shown as {@code unknown} makes it, never dropped; no code at all reads as the table's default code, or as
 * nothing.
 */
public final class WordTable {

    private final Map<String, String> words;
    private final UnaryOperator<String> unknown;
    private final String absent;

    private WordTable(Map<String, String> words, UnaryOperator<String> unknown, String absent) {
        this.words = words;
        this.unknown = unknown;
        this.absent = absent;
    }

    /** A table from code, word, code, word…, showing an unknown (non-null) code as {@code unknown} makes it. */
    public static WordTable of(UnaryOperator<String> unknown, String... codesAndWords) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            words.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return new WordTable(Collections.unmodifiableMap(words), unknown, null);
    }

    /** The same table, reading a missing code as {@code code} (the API's default) rather than as nothing. */
    public WordTable whenAbsent(String code) {
        return new WordTable(words, unknown, code);
    }

    public String word(String code) {
        if (code == null) {
            return absent == null ? "" : word(absent);
        }
        String known = words.get(code);
        return known != null ? known : unknown.apply(code);
    }

    /** "Anxiety, Grief". */
    public String words(List<String> codes) {
        return String.join(", ", codes.stream().map(this::word).toList());
    }

    public List<Choice> choices() {
        return choicesOf(List.copyOf(words.keySet()));
    }

    /** A choice for each of {@code codes}, in their order. */
    public List<Choice> choicesOf(List<String> codes) {
        return codes.stream().map(code -> new Choice(code, word(code))).toList();
    }

    /** Every choice of the table, plus any code held that it does not list (a record may carry one). */
    public List<Choice> choicesWith(List<String> held) {
        List<Choice> choices = new ArrayList<>(choices());
        held.stream()
                .filter(code -> !words.containsKey(code))
                .forEach(code -> choices.add(new Choice(code, word(code))));
        return choices;
    }
}
