package org.peermentor.browser.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * What a program manager's story needs arranged and checked behind the console's pages, through the matching
 * service's API: no automatic round getting in the way, and matching having read the people before a round starts.
 */
public final class ManagerDesk {

    private final Api api = new Api(ConsoleStack.matchingUrl());

    /** Holds the program's automatic rounds off for this long after each arrival, so only the test starts rounds. */
    public void settleFor(String programId, int seconds) {
        api.send(
                "PUT",
                "/api/programs/" + programId + "/settings",
                ConsoleStack.programManager(),
                Api.json("settleTimeSeconds", seconds));
    }

    /** Starts a round of the program as if matching had started it by itself, behind the pages. */
    public void startRound(String programId) {
        api.send("POST", "/api/programs/" + programId + "/rounds", ConsoleStack.programManager(), "{}");
    }

    /** Waits until matching has read these participants' profiles: they are on the program's waiting list. */
    public void awaitWaiting(String programId, Collection<String> participantIds) {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> waiting(programId).containsAll(participantIds));
    }

    /** Waits until matching knows this many mentors for the participant: its options (allowed or not) name them. */
    public void awaitMentors(String participantId, int mentors) {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    var options = api.send(
                            "GET",
                            "/api/participants/" + participantId + "/mentor-options",
                            ConsoleStack.programManager(),
                            null);
                    return options.path("allowed").size()
                                    + options.path("forbidden").size()
                            >= mentors;
                });
    }

    private List<String> waiting(String programId) {
        return Api.list(api.send(
                        "GET", "/api/programs/" + programId + "/waiting?size=100", ConsoleStack.programManager(), null))
                .stream()
                .map(person -> person.path("participantId").asString())
                .toList();
    }
}
