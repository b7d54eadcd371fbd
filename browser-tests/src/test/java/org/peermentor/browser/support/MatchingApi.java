package org.peermentor.browser.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The matching service's API as the program manager's machine client calls it, to move pairings behind a page. */
public final class MatchingApi {

    private final Api api = new Api(ConsoleStack.matchingUrl());

    /**
     * Runs rounds of the program until one proposes a pairing for this participant (the first may start before
     * matching has read the new profiles; one already running answers 409 and is waited for); answers its id.
     */
    public String proposalFor(String programId, String participantId) {
        return await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> {
                            api.status(
                                    "POST",
                                    "/api/programs/" + programId + "/rounds",
                                    ConsoleStack.programManager(),
                                    "{}");
                            return Api.list(api.send(
                                            "GET",
                                            "/api/pairings?programId=" + programId + "&status=PROPOSED",
                                            ConsoleStack.programManager(),
                                            null))
                                    .stream()
                                    .filter(p -> participantId.equals(
                                            p.path("participantId").asString()))
                                    .map(p -> p.path("id").asString())
                                    .findFirst()
                                    .orElse(null);
                        },
                        id -> id != null);
    }

    /**
     * Runs one real round of the program and waits for it to finish; answers each participant's mentor in it. A
     * round already running makes the start fail (409): callers retry.
     */
    public Map<String, String> mentorsAfterARound(String programId) {
        String id = api.send("POST", "/api/programs/" + programId + "/rounds", ConsoleStack.programManager(), "{}")
                .path("id")
                .asString();
        JsonNode round = await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> api.send("GET", "/api/rounds/" + id, ConsoleStack.programManager(), null),
                        done -> !"SOLVING".equals(done.path("status").asString()));
        Map<String, String> mentors = new HashMap<>();
        round.path("pairings")
                .forEach(p -> mentors.put(
                        p.path("participantId").asString(), p.path("mentorId").asString()));
        return mentors;
    }

    /** Changes the program's settings (a JSON body naming only what changes). */
    public void changeSettings(String programId, String json) {
        api.send("PUT", "/api/programs/" + programId + "/settings", ConsoleStack.programManager(), json);
    }

    public JsonNode settings(String programId) {
        return api.send("GET", "/api/programs/" + programId + "/settings", ConsoleStack.programManager(), null);
    }

    public void approve(String pairingId) {
        api.send("POST", "/api/pairings/" + pairingId + "/approve", ConsoleStack.programManager(), null);
    }
}
