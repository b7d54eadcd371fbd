package org.peermentor.intake.support;

import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Valid request bodies with sensible defaults; a test changes only what its story is about. */
public final class Bodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PARTICIPANT = """
            {
              "programId": "recovery-north",
              "firstName": "Ana", "lastName": "Silva",
              "email": "ana@example.org", "phone": "+15550100",
              "birthYear": 1991, "gender": "FEMALE",
              "languages": ["es", "en"], "timezone": "America/Chicago", "region": "chicago-north",
              "primaryIssue": "ALCOHOL_USE", "issues": ["ALCOHOL_USE", "ANXIETY"],
              "formats": ["ONLINE", "IN_PERSON"],
              "mentorGenderPreference": "SAME",
              "availability": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}],
              "urgency": "NORMAL",
              "consent": {"dataProcessing": true, "contactByEmail": true}
            }""";

    private static final String MENTOR = """
            {
              "programId": "recovery-north",
              "firstName": "Bea", "lastName": "Nowak",
              "email": "bea@example.org",
              "birthYear": 1980, "gender": "FEMALE",
              "languages": ["pl", "en"], "timezone": "Europe/Warsaw",
              "livedExperience": ["ALCOHOL_USE"], "trainedFor": ["ANXIETY"],
              "formats": ["ONLINE"],
              "availability": [{"day": "SATURDAY", "start": "10:00", "end": "12:30"}],
              "capacity": 3,
              "consent": {"dataProcessing": true, "contactByEmail": true}
            }""";

    private Bodies() {}

    public static ObjectNode participant() {
        return (ObjectNode) JSON.readTree(PARTICIPANT);
    }

    public static ObjectNode mentor() {
        return (ObjectNode) JSON.readTree(MENTOR);
    }

    /** A participant in a program of its own, with an email nobody else has. */
    public static ObjectNode participantIn(String programId) {
        ObjectNode body = participant();
        body.put("programId", programId);
        body.put("email", "ana+" + UUID.randomUUID() + "@example.org");
        return body;
    }

    public static ObjectNode mentorIn(String programId) {
        ObjectNode body = mentor();
        body.put("programId", programId);
        body.put("email", "bea+" + UUID.randomUUID() + "@example.org");
        return body;
    }

    public static ObjectNode with(ObjectNode body, Consumer<ObjectNode> change) {
        change.accept(body);
        return body;
    }

    public static String newProgram() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String json(Object node) {
        return JSON.writeValueAsString(node);
    }
}
