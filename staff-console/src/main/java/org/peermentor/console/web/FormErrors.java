package org.peermentor.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.peermentor.console.services.FieldProblem;
import org.peermentor.console.services.Problem;

/**
 * The problems of a refused form: one message per field (two problems of one field are joined) for the field
 * itself, read by the shared field fragments through {@code get}, and the same list in order, each with its field's
 * label, for the summary at the top of the page. Field "" holds a problem of the form as a whole.
 */
public final class FormErrors {

    private final Map<String, String> byField;
    private final UnaryOperator<String> labels;

    private FormErrors(Map<String, String> byField, UnaryOperator<String> labels) {
        this.byField = byField;
        this.labels = labels;
    }

    /** No problem yet; {@code labels} names a field in the summary (its label on the form). */
    public static FormErrors none(UnaryOperator<String> labels) {
        return new FormErrors(Map.of(), labels);
    }

    /** The problems a service answered with, each message made a sentence. */
    public FormErrors of(List<FieldProblem> problems) {
        Map<String, String> found = new LinkedHashMap<>();
        problems.forEach(problem -> found.merge(
                problem.field() == null ? "" : problem.field(),
                sentence(problem.message()),
                (first, second) -> first + " " + second));
        return new FormErrors(found, labels);
    }

    /**
     * What a service refused the form with: its problems at their fields, or when it named no field, its detail
     * (or {@code otherwise} when it gave none) for the form as a whole.
     */
    public FormErrors of(Problem refusal, String otherwise) {
        if (!refusal.errors().isEmpty()) {
            return of(refusal.errors());
        }
        return single("", refusal.detail() == null ? otherwise : refusal.detail());
    }

    /** Problems found in the console before calling a service, by field. */
    public FormErrors of(Map<String, String> problems) {
        return new FormErrors(new LinkedHashMap<>(problems), labels);
    }

    public FormErrors single(String field, String message) {
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
                .map(error -> new Entry(error.getKey(), labels.apply(error.getKey()), error.getValue()))
                .toList();
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
    public record Entry(String field, String label, String message) {}
}
