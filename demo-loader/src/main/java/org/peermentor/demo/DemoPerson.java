package org.peermentor.demo;

import java.util.List;
import java.util.Map;

/**
 * One person of the demo cohort: the JSON body the intake API takes, and what the loader needs around it. The
 * idempotency key is derived from the seed and the person's index, so loading the same cohort again creates nobody.
 */
public record DemoPerson(
        Role role, int index, String programId, String idempotencyKey, Obstacle obstacle, Map<String, Object> body) {

    public String email() {
        return (String) body.get("email");
    }

    public String firstName() {
        return (String) body.get("firstName");
    }

    public String timezone() {
        return (String) body.get("timezone");
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String field) {
        return (List<String>) body.getOrDefault(field, List.of());
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> availability() {
        return (List<Map<String, Object>>) body.get("availability");
    }
}
