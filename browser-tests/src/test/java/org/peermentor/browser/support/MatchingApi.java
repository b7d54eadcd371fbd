package org.peermentor.browser.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** The matching service's API as the program manager's machine client calls it, to move pairings behind a page. */
public final class MatchingApi {

    private final Api api = new Api(ConsoleStack.matchingUrl());

    /**
     * Runs rounds of the program until one proposes a pairing for this participant (the first may start before
     * matching has read the new profiles; one already running answers 409 and is waited for); answers its id.
     */
    public String proposalFor(String programId, String participantId) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            api.status("POST", "/api/programs/" + programId + "/rounds", ConsoleStack.programManager(), "{}");
            return Api.list(api.send("GET", "/api/pairings?programId=" + programId + "&status=PROPOSED",
                            ConsoleStack.programManager(), null)).stream()
                    .filter(p -> participantId.equals(p.path("participantId").asString()))
                    .map(p -> p.path("id").asString()).findFirst().orElse(null);
        }, id -> id != null);
    }

    public void approve(String pairingId) {
        api.send("POST", "/api/pairings/" + pairingId + "/approve", ConsoleStack.programManager(), null);
    }
}
