package org.peermentor.console.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.peermentor.console.services.Settings;
import org.peermentor.console.web.Choice;
import org.springframework.util.MultiValueMap;

/**
 * The settings form exactly as typed, keyed by the API's JSON names ({@code minOverlapMinutes},
 * {@code weights.sameRegion}, {@code checkIns.every}), so a refused form comes back unchanged and a service's field
 * error lands on its control. A duration is typed as a number in its field and a unit in the field + {@code Unit}.
 */
public record SettingsForm(Map<String, String> values) {

    private static final String AUTO_APPROVE = "autoApprove";
    private static final String REMATCH = SettingTerms.REMATCH.field();
    private static final String UNIT = "Unit";

    public SettingsForm {
        values = Map.copyOf(values);
    }

    static SettingsForm of(Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("minOverlapMinutes", String.valueOf(settings.minOverlapMinutes()));
        values.put(AUTO_APPROVE, String.valueOf(settings.autoApprove()));
        values.put("settleTimeSeconds", String.valueOf(settings.settleTimeSeconds()));
        settings.weights().forEach((weight, value) -> values.put("weights." + weight, String.valueOf(value)));
        duration(values, "reminderAfter", settings.reminderAfter());
        duration(values, "checkIns.firstAfter", settings.checkIns().firstAfter());
        duration(values, "checkIns.every", settings.checkIns().every());
        values.put(REMATCH, String.valueOf(Boolean.TRUE.equals(settings.rematchOnNewMentorRequest())));
        return new SettingsForm(values);
    }

    private static void duration(Map<String, String> values, String field, String iso) {
        DurationEntry.of(iso).ifPresent(entry -> {
            values.put(field, String.valueOf(entry.amount()));
            values.put(field + UNIT, entry.unit().name());
        });
    }

    /** Keeps the form's own fields (never {@code _csrf}); an unticked box is simply absent, so it reads as false. */
    static SettingsForm read(MultiValueMap<String, String> data) {
        Map<String, String> values = new LinkedHashMap<>();
        Stream.concat(fields().stream(), durations().stream().map(field -> field + UNIT))
                .forEach(field -> {
                    String typed = data.getFirst(field);
                    if (typed != null) {
                        values.put(field, typed.trim());
                    }
                });
        values.put(AUTO_APPROVE, String.valueOf("true".equals(data.getFirst(AUTO_APPROVE))));
        values.put(REMATCH, String.valueOf("true".equals(data.getFirst(REMATCH))));
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

    /** The units a duration's field offers: days and hours, and a smaller one when the value is in it. */
    public List<Choice> units(String field) {
        return DurationEntry.choices(value(field + UNIT));
    }

    public String unit(String field) {
        return value(field + UNIT).isEmpty() ? DurationUnit.DAYS.name() : value(field + UNIT);
    }

    /**
     * A number field that does not hold a whole number, or a duration that is not a whole number of at least 1, in
     * words; the service is not asked about such a form. For a dry run only the weights count.
     */
    Map<String, String> problems(boolean weightsOnly) {
        Map<String, String> problems = new LinkedHashMap<>();
        fields().stream()
                .filter(field -> !AUTO_APPROVE.equals(field) && !durations().contains(field))
                .filter(field -> !weightsOnly || field.startsWith("weights."))
                .filter(field -> number(field) == null)
                .forEach(field -> problems.put(field, "Enter a whole number, for example 0 or 20."));
        if (!weightsOnly) {
            durations().stream()
                    .filter(field -> entry(field) == null)
                    .forEach(field -> problems.put(field, "Enter a whole number of days or hours, for example 3."));
        }
        return problems;
    }

    /** The body of the settings' PUT: every setting and weight, each duration as ISO-8601 ({@code P3D}). */
    Map<String, Object> changes() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("minOverlapMinutes", number("minOverlapMinutes"));
        body.put(AUTO_APPROVE, checked(AUTO_APPROVE));
        body.put("settleTimeSeconds", number("settleTimeSeconds"));
        body.put("weights", weights());
        body.put("reminderAfter", entry("reminderAfter").iso());
        Map<String, String> checkIns = new LinkedHashMap<>();
        checkIns.put("firstAfter", entry("checkIns.firstAfter").iso());
        checkIns.put("every", entry("checkIns.every").iso());
        body.put("checkIns", checkIns);
        body.put(REMATCH, checked(REMATCH));
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

    private DurationEntry entry(String field) {
        return DurationEntry.typed(value(field), unit(field)).orElse(null);
    }

    private static List<String> durations() {
        return SettingTerms.FOLLOW_UP.stream().map(SettingTerm::field).toList();
    }

    private static List<String> fields() {
        return Stream.of(SettingTerms.SETTINGS, SettingTerms.FOLLOW_UP, SettingTerms.WEIGHTS)
                .flatMap(List::stream)
                .map(SettingTerm::field)
                .toList();
    }
}
