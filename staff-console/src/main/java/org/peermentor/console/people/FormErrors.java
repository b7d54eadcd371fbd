package org.peermentor.console.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermentor.console.services.FieldProblem;

/**
 * The problems of a refused form: one message per field (two problems of one field are joined) for the field
 * itself, and the same list in order for the summary at the top of the page.
 */
public record FormErrors(Map<String, String> byField) {

    static FormErrors none() {
        return new FormErrors(Map.of());
    }

    static FormErrors of(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.merge(problem.field() == null ? "" : problem.field(),
                sentence(problem.message()), (first, second) -> first + " " + second));
        return new FormErrors(byField);
    }

    static FormErrors of(Map<String, String> problems) {
        return new FormErrors(new LinkedHashMap<>(problems));
    }

    static FormErrors single(String field, String message) {
        return of(Map.of(field, message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }

    public List<Entry> summary() {
        return byField.entrySet().stream()
                .map(error -> new Entry(error.getKey(), FieldLabels.of(error.getKey()), error.getValue())).toList();
    }

    /** "must not be blank" → "Must not be blank." */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Check this field.";
        }
        String trimmed = message.trim();
        String capital = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    /** One line of the summary: the field it links to, its label and the problem. */
    public record Entry(String field, String label, String message) {
    }
}
