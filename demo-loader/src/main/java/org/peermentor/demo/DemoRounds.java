package org.peermentor.demo;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The demo's rounds, as a program manager runs them: one at a time per program, once everyone has arrived. */
record DemoRounds(DemoApi api, DemoEndpoints endpoints, PrintStream out, int timeLimitSeconds) {

    /** Waits until the matching service holds the whole program, then runs a round and waits for its end. */
    JsonNode run(String program) {
        awaitReplica(program);
        URI start = endpoints.matching().resolve("/api/programs/" + program + "/rounds");
        Instant begun = Instant.now();
        while (true) {
            DemoApi.Answer answer = api.post(start, Map.of("timeLimitSeconds", timeLimitSeconds), null);
            if (answer.status() == 409) { // another round plans the program: let it finish, then ask again
                runningRound(program).ifPresent(id -> awaitRound(id));
                continue;
            }
            String id = DemoApi.expect(answer, 202, "POST", start).path("id").asString();
            JsonNode round = awaitRound(id);
            out.printf(
                    "Demo: %s round %s %s in %d s: %d matched, %d left waiting%n",
                    program,
                    id,
                    round.path("status").asString(),
                    Duration.between(begun, Instant.now()).toSeconds(),
                    round.path("matchedCount").asInt(0),
                    round.path("unmatchedCount").asInt(0));
            return round;
        }
    }

    private JsonNode awaitRound(String id) {
        URI uri = endpoints.matching().resolve("/api/rounds/" + id);
        JsonNode[] round = new JsonNode[1];
        DemoApi.await(
                "round " + id + " to finish",
                () -> !"SOLVING".equals((round[0] = api.get(uri)).path("status").asString()));
        if (!"COMPLETED".equals(round[0].path("status").asString())) {
            throw new IllegalStateException(
                    "Round " + id + " ended " + round[0].path("status").asString() + ": "
                            + round[0].path("failure").asString(""));
        }
        return round[0];
    }

    private Optional<String> runningRound(String program) {
        for (JsonNode round : api.get(endpoints.matching().resolve("/api/programs/" + program + "/rounds"))) {
            if ("SOLVING".equals(round.path("status").asString())) {
                return Optional.of(round.path("id").asString());
            }
        }
        return Optional.empty();
    }

    /** The program's newest completed real round, or null. */
    JsonNode lastCompleted(String program) {
        for (JsonNode round : api.get(endpoints.matching().resolve("/api/programs/" + program + "/rounds"))) {
            if ("COMPLETED".equals(round.path("status").asString())
                    && !round.path("dryRun").asBoolean(false)) {
                return round; // newest first
            }
        }
        return null;
    }

    /**
     * The matching service learns of registrations from Kafka, a moment after intake answered: a round must wait
     * until its copy holds everyone, or it plans for part of the program. Every participant intake holds is either
     * waiting (in the report) or matched (an approved or accepted pairing); every active mentor's place is free or held.
     */
    private void awaitReplica(String program) {
        List<JsonNode> participants = api.getAll(endpoints.intake().resolve("/api/participants?programId=" + program));
        List<JsonNode> mentors = api.getAll(endpoints.intake().resolve("/api/mentors?programId=" + program));
        long present = participants.stream()
                .filter(p -> !"WITHDRAWN".equals(p.path("status").asString()))
                .count();
        int places = mentors.stream()
                .filter(m -> !"WITHDRAWN".equals(m.path("status").asString())
                        && m.path("active").asBoolean(true))
                .mapToInt(m -> m.path("capacity").asInt(0))
                .sum();
        DemoApi.await("the matching service to have every profile of " + program, () -> {
            JsonNode report = api.get(endpoints.matching().resolve("/api/programs/" + program + "/report"));
            Set<String> matched = new HashSet<>();
            int held = 0;
            for (JsonNode pairing : api.get(endpoints.matching().resolve("/api/pairings?programId=" + program))) {
                String status = pairing.path("status").asString();
                if (status.equals("APPROVED") || status.equals("ACCEPTED")) {
                    matched.add(pairing.path("participantId").asString());
                }
                held += status.equals("PROPOSED") || status.equals("APPROVED") || status.equals("ACCEPTED") ? 1 : 0;
            }
            return report.path("waiting").asInt(0) + matched.size() == present
                    && report.path("freeMentorPlaces").asInt(0) + held == places;
        });
    }
}
