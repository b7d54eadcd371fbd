package org.peermentor.browser.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The intake service's API as the machine clients call it: how the browser tests arrange people and check what the
 * console's pages really stored, without going through the pages they test.
 */
public final class IntakeApi {

    private static final String PERSON = """
            "programId": "%s", "firstName": "%s", "lastName": "%s", "birthYear": 1990, "gender": "FEMALE",
            "languages": ["en"], "timezone": "America/Chicago", "formats": ["ONLINE"],
            "availability": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}]""";

    private final Api api = new Api(ConsoleStack.intakeUrl());

    /** Gives a program its display name, so it is offered in the console's program pickers. */
    public void nameProgram(String programId, String displayName) {
        api.send("PUT", "/api/programs/" + programId, ConsoleStack.intakeDesk(), Api.json("displayName", displayName));
    }

    /** Registers a participant looking for support with grief; answers the new id. */
    public String registerParticipant(String programId, String firstName, String lastName) {
        return create("/api/participants", participant(PERSON.formatted(programId, firstName, lastName), "GRIEF"));
    }

    /** Registers a mentor for grief whom {@link #registerParticipant}'s people fit; answers the new id. */
    public String registerMentor(String programId, String firstName, String lastName) {
        return create("/api/mentors", mentor(PERSON.formatted(programId, firstName, lastName), lastName, 2));
    }

    /**
     * Registers a participant with the details a matching story turns on: their main issue, where they live and
     * when they were born; answers the new id.
     */
    public String registerParticipant(
            String programId, String firstName, String lastName, String primaryIssue, String region, int birthYear) {
        return create(
                "/api/participants",
                participant(placed(PERSON.formatted(programId, firstName, lastName), region, birthYear), primaryIssue));
    }

    /** Registers a grief mentor with one place, living in {@code region}, born in {@code birthYear}; answers the new id. */
    public String registerMentor(String programId, String firstName, String lastName, String region, int birthYear) {
        return create(
                "/api/mentors",
                mentor(placed(PERSON.formatted(programId, firstName, lastName), region, birthYear), lastName, 1));
    }

    /** A participant's registration: the person, their main issue, consent to processing but not to email. */
    private static String participant(String person, String primaryIssue) {
        return "{" + person + """
                , "primaryIssue": "%s", "consent": {"dataProcessing": true, "contactByEmail": false}}""".formatted(primaryIssue);
    }

    /** A grief mentor's registration with {@code capacity} places, emailed at {@code <last name>@example.org}. */
    private static String mentor(String person, String lastName, int capacity) {
        return "{" + person + """
                , "email": "%s@example.org", "livedExperience": ["GRIEF"], "trainedFor": [], "capacity": %d,
                "consent": {"dataProcessing": true, "contactByEmail": true}}""".formatted(lastName.toLowerCase(), capacity);
    }

    private static String placed(String person, String region, int birthYear) {
        return person.replace("\"birthYear\": 1990", "\"birthYear\": " + birthYear) + ", \"region\": \"" + region
                + "\"";
    }

    /** Creates the record as the intake desk; answers its new id. */
    private String create(String path, String body) {
        return api.send("POST", path, ConsoleStack.intakeDesk(), body)
                .path("id")
                .asString();
    }

    /** The participants of a program whose name matches {@code q}. */
    public List<JsonNode> participantsNamed(String programId, String q) {
        return Api.list(api.send(
                "GET",
                "/api/participants?programId=" + programId + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                ConsoleStack.intakeDesk(),
                null));
    }

    public JsonNode participant(String id) {
        return api.send("GET", "/api/participants/" + id, ConsoleStack.intakeDesk(), null);
    }

    /** Whether the record is still there: an erased one is not found. */
    public boolean participantExists(String id) {
        return api.status("GET", "/api/participants/" + id, ConsoleStack.intakeDesk(), null) == 200;
    }

    /** A record's audit trail, as a program manager of every program reads it. */
    public List<JsonNode> auditTrail(String recordId) {
        return Api.list(api.send("GET", "/api/audit?recordId=" + recordId, ConsoleStack.programManager(), null));
    }
}
