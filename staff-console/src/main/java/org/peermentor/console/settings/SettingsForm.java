package org.peermentor.console.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.peermentor.console.services.Settings;
import org.springframework.util.MultiValueMap;

/**
 * The settings form exactly as typed, keyed by the API's JSON names ({@code minOverlapMinutes},
 * {@code weights.sameRegion}), so a refused form comes back unchanged and a service's field error lands on its control.
 */
public record SettingsForm(Map<String, String> values) {

    private static final String AUTO_APPROVE = "autoApprove";

    public SettingsForm {
        values = Map.copyOf(values);
    }

    static SettingsForm of(Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("minOverlapMinutes", String.valueOf(settings.minOverlapMinutes()));
        values.put(AUTO_APPROVE, String.valueOf(settings.autoApprove()));
        values.put("settleTimeSeconds", String.valueOf(settings.settleTimeSeconds()));
        settings.weights().forEach((weight, value) -> values.put("weights." + weight, String.valueOf(value)));
        return new SettingsForm(values);
    }

    /** Keeps the form's own fields (never {@code _csrf}); an unticked box is simply absent, so it reads as false. */
    static SettingsForm read(MultiValueMap<String, String> data) {
        Map<String, String> values = new LinkedHashMap<>();
        fields().forEach(field -> {
            String typed = data.getFirst(field);
            if (typed != null) {
                values.put(field, typed.trim());
            }
        });
        values.put(AUTO_APPROVE, String.valueOf("true".equals(data.getFirst(AUTO_APPROVE))));
        return new SettingsForm(values);
    }

    /** These settings with the weights a dry run tried instead of the saved ones. */
    SettingsForm withWeights(Map<String, Integer> weights) {
        Map<String, String> values = new LinkedHashMap<>(this.values);
        weights.forEach((weight, value) -> values.put("weights." + weight, String.valueOf(value)));
        return new SettingsForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field));
    }

    /** A number field that does not hold a whole number, in words; the service is not asked about such a form. */
    Map<String, String> problems(boolean weightsOnly) {
        Map<String, String> problems = new LinkedHashMap<>();
        fields().stream()
                .filter(field -> !AUTO_APPROVE.equals(field))
                .filter(field -> !weightsOnly || field.startsWith("weights."))
                .filter(field -> number(field) == null)
                .forEach(field -> problems.put(field, "Enter a whole number, for example 0 or 20."));
        return problems;
    }

    /** The body of the settings' PUT: every setting and weight, as numbers and a boolean. */
    Map<String, Object> changes() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minOverlapMinutes", number("minOverlapMinutes"));
        body.put(AUTO_APPROVE, checked(AUTO_APPROVE));
        body.put("settleTimeSeconds", number("settleTimeSeconds"));
        body.put("weights", weights());
        return body;
    }

    Map<String, Integer> weights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        SettingTerms.weightNames().forEach(weight -> weights.put(weight, number("weights." + weight)));
        return weights;
    }

    private Integer number(String field) {
        try {
            return Integer.valueOf(value(field));
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }

    private static List<String> fields() {
        return Stream.concat(SettingTerms.SETTINGS.stream(), SettingTerms.WEIGHTS.stream())
                .map(SettingTerms.Term::field)
                .toList();
    }
}
