package org.peermentor.console.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** A participant as intake answers it, with sensible defaults; tests change only what their story is about. */
public final class PersonJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PersonJson() {
        fields.put("id", "p-1");
        fields.put("version", 3);
        fields.put("status", "WAITING");
        fields.put("registeredAt", "2026-11-02T10:15:30Z");
        fields.put("programId", "demo-recovery");
        fields.put("firstName", "Ana");
        fields.put("lastName", "Silva");
        fields.put("email", "ana@example.org");
        fields.put("phone", "+15550100");
        fields.put("birthYear", 1991);
        fields.put("gender", "FEMALE");
        fields.put("languages", List.of("es", "en"));
        fields.put("timezone", "America/Chicago");
        fields.put("region", "chicago-north");
        fields.put("primaryIssue", "ALCOHOL_USE");
        fields.put("issues", List.of("ANXIETY"));
        fields.put("formats", List.of("ONLINE", "IN_PERSON"));
        fields.put("mentorGenderPreference", "SAME");
        fields.put("availability", List.of(Map.of("day", "TUESDAY", "start", "18:00", "end", "20:00")));
        fields.put("urgency", "NORMAL");
        fields.put("consent", Map.of("dataProcessing", true, "contactByEmail", true));
    }

    public static PersonJson participant() {
        return new PersonJson();
    }

    public PersonJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String json() {
        return JSON.writeValueAsString(fields);
    }

    public static String list(PersonJson... people) {
        return Arrays.stream(people).map(PersonJson::json).collect(Collectors.joining(",", "[", "]"));
    }
}
