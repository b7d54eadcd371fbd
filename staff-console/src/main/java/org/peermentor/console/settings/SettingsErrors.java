package org.peermentor.console.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermentor.console.services.FieldProblem;

/**
 * The problems of a refused settings form, one message per field (read by the shared field fragments through
 * {@code get}), and in order for the summary at the top; field "" holds a problem of the form as a whole.
 */
public record SettingsErrors(Map<String, String> byField) {

    static SettingsErrors none() {
        return new SettingsErrors(Map.of());
    }

    static SettingsErrors of(Map<String, String> problems) {
        return new SettingsErrors(new LinkedHashMap<>(problems));
    }

    static SettingsErrors of(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.merge(problem.field() == null ? "" : problem.field(),
                sentence(problem.message()), (first, second) -> first + " " + second));
        return new SettingsErrors(byField);
    }

    static SettingsErrors whole(String message) {
        return of(Map.of("", message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public String get(String field) {
        return byField.get(field);
    }

    public List<Entry> summary() {
        return byField.entrySet().stream()
                .map(error -> new Entry(error.getKey(), SettingTerms.label(error.getKey()), error.getValue())).toList();
    }

    /** "must be between 0 and 100000000" → "Must be between 0 and 100000000." */
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
