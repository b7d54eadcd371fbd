package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.matching.support.Scene.Part;
import org.peermentor.testkit.ActuatorAccess;
import org.peermentor.testkit.TestIssuer;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every endpoint of the matching service against every kind of caller: no token, a forged one, an expired one,
 * intake staff, a manager of another program, and a manager of this program. Refusals change nothing.
 */
class AccessMatrixTest extends RunningMatching {

    private static final List<String> MANAGER = List.of("PROGRAM_MANAGER");

    /** Shared by every cell that changes nothing when it succeeds, and by every refusal. */
    private static Scene shared;

    enum Caller {
        NO_TOKEN(401),
        BAD_SIGNATURE(401),
        EXPIRED(401),
        INTAKE(403),
        OTHER_PROGRAM(404),
        MANAGER_OF_PROGRAM(0);

        final int refusal;

        Caller(int refusal) {
            this.refusal = refusal;
        }

        String token(String programId) {
            switch (this) {
                case BAD_SIGNATURE:
                    return TestIssuer.badSignature(MANAGER);
                case EXPIRED:
                    return TestIssuer.expired(MANAGER);
                case INTAKE:
                    return TestIssuer.intake();
                case OTHER_PROGRAM:
                    return TestIssuer.managerOf("another-program");
                case MANAGER_OF_PROGRAM:
                    return TestIssuer.managerOf(programId);
                default:
                    return null;
            }
        }
    }

    /**
     * One endpoint: how to call it in a scene, the contract's success status, what the scene needs, whether a
     * success changes the scene (then each success gets a scene of its own), and whether the mentor's link, not a
     * bearer token, authorises it. Its name starts with its HTTP method.
     */
    record Endpoint(
            String name,
            HttpMethod method,
            Function<Scene, String> uri,
            Function<Scene, String> body,
            int success,
            Set<Part> needs,
            boolean changes,
            boolean mentorLink) {

        Endpoint answering(int status) {
            return new Endpoint(name, method, uri, body, status, needs, changes, mentorLink);
        }

        Endpoint needing(Part part) {
            return new Endpoint(name, method, uri, body, success, Set.of(part), changes, mentorLink);
        }

        Endpoint byMentorLink() {
            return new Endpoint(name, method, uri, body, success, needs, changes, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A call that only reads: a GET without a body, answered 200, on the shared scene. */
    private static Endpoint reading(String name, Function<Scene, String> uri) {
        return new Endpoint(name, HttpMethod.GET, uri, s -> null, 200, Set.of(), false, false);
    }

    /** A call whose success changes the scene, answered 200 unless {@link Endpoint#answering} says otherwise. */
    private static Endpoint changing(String name, Function<Scene, String> uri, Function<Scene, String> body) {
        HttpMethod method = HttpMethod.valueOf(name.substring(0, name.indexOf(' ')));
        return new Endpoint(name, method, uri, body, 200, Set.of(), true, false);
    }

    static List<Endpoint> endpoints() {
        Function<Scene, String> noBody = s -> null;
        return List.of(
                changing(
                                "POST /api/programs/{p}/rounds",
                                s -> "/api/programs/" + s.programId + "/rounds",
                                s -> "{\"timeLimitSeconds\":5}")
                        .answering(202),
                changing(
                                "POST /api/programs/{p}/rounds (dry run)",
                                s -> "/api/programs/" + s.programId + "/rounds",
                                s -> "{\"dryRun\":true,\"weights\":{\"overlap\":0}}")
                        .answering(202),
                reading("GET /api/programs/{p}/rounds", s -> "/api/programs/" + s.programId + "/rounds"),
                reading("GET /api/rounds/{id}", s -> "/api/rounds/" + s.roundId),
                reading("GET /api/programs/{p}/waiting", s -> "/api/programs/" + s.programId + "/waiting"),
                reading(
                                "GET /api/participants/{id}/mentor-options",
                                s -> "/api/participants/" + s.participantId + "/mentor-options")
                        .needing(Part.PEOPLE),
                reading("GET /api/pairings?programId={p}", s -> "/api/pairings?programId=" + s.programId),
                reading("GET /api/pairings/{id}", s -> "/api/pairings/" + s.proposedId),
                changing(
                                "POST /api/pairings",
                                s -> "/api/pairings",
                                s -> "{\"participantId\":\"" + s.participantId + "\",\"mentorId\":\"" + s.mentorId
                                        + "\"}")
                        .answering(201)
                        .needing(Part.PEOPLE),
                changing("POST /api/pairings/{id}/approve", s -> "/api/pairings/" + s.proposedId + "/approve", noBody)
                        .needing(Part.PROPOSED),
                changing(
                                "POST /api/pairings/{id}/resend-link",
                                s -> "/api/pairings/" + s.approvedId + "/resend-link",
                                noBody)
                        .needing(Part.APPROVED),
                changing(
                                "POST /api/pairings/{id}/reject",
                                s -> "/api/pairings/" + s.proposedId + "/reject",
                                s -> "{\"reason\":\"Not now\"}")
                        .needing(Part.PROPOSED),
                changing(
                                "POST /api/pairings/{id}/end",
                                s -> "/api/pairings/" + s.acceptedId + "/end",
                                s -> "{\"reason\":\"Moved\",\"rematch\":true}")
                        .needing(Part.ACCEPTED),
                reading(
                                "GET /api/pairings/{id}/response",
                                s -> "/api/pairings/" + s.approvedId + "/response?token=" + s.approvedLink)
                        .needing(Part.APPROVED)
                        .byMentorLink(),
                changing(
                                "POST /api/pairings/{id}/accept",
                                s -> "/api/pairings/" + s.approvedId + "/accept?token=" + s.approvedLink,
                                noBody)
                        .needing(Part.APPROVED)
                        .byMentorLink(),
                changing(
                                "POST /api/pairings/{id}/decline",
                                s -> "/api/pairings/" + s.approvedId + "/decline?token=" + s.approvedLink,
                                noBody)
                        .needing(Part.APPROVED)
                        .byMentorLink(),
                reading("GET /api/programs/{p}/settings", s -> "/api/programs/" + s.programId + "/settings"),
                changing(
                        "PUT /api/programs/{p}/settings",
                        s -> "/api/programs/" + s.programId + "/settings",
                        s -> "{\"minOverlapMinutes\":45}"),
                reading("GET /api/programs/{p}/report", s -> "/api/programs/" + s.programId + "/report"),
                reading("GET /api/audit?pairingId={id}", s -> "/api/audit?pairingId=" + s.approvedId),
                reading("GET /api/pairings/{id}/check-ins", s -> "/api/pairings/" + s.acceptedId + "/check-ins"),
                reading("GET /api/audit?programId={p}", s -> "/api/audit?programId=" + s.programId));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Caller caller : Caller.values()) {
                cells.add(Arguments.of(endpoint, caller));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cells")
    void everyEndpointAnswersEachCallerAsTheContractSays(Endpoint endpoint, Caller caller) {
        int expected = endpoint.mentorLink() || caller.refusal == 0 ? endpoint.success() : caller.refusal;
        boolean succeeds = expected == endpoint.success();
        Scene scene = succeeds && endpoint.changes() ? scene(endpoint.needs()) : sharedScene();
        Map<String, Object> before = state(scene.programId);

        EntityExchangeResult<byte[]> answer = call(client(caller.token(scene.programId)), endpoint, scene);

        assertThat(answer.getStatus().value()).as(answer.toString()).isEqualTo(expected);
        if (!succeeds) {
            assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(state(scene.programId)).isEqualTo(before);
        }
        if (expected == 202) {
            awaitRound(new Document(Document.parse(new String(answer.getResponseBodyContent()))).getString("id"));
        }
    }

    @Test
    void healthIsOpenAndTheMetricsAreForManagersOfEveryProgram() {
        assertThat(ActuatorAccess.statuses(port(), "/actuator/health/readiness"))
                .isEqualTo(ActuatorAccess.healthRule());
        assertThat(ActuatorAccess.statuses(port(), "/actuator/metrics")).isEqualTo(ActuatorAccess.metricsRule());
    }

    private static EntityExchangeResult<byte[]> call(WebTestClient client, Endpoint endpoint, Scene scene) {
        WebTestClient.RequestBodySpec request =
                client.method(endpoint.method()).uri(endpoint.uri().apply(scene));
        String body = endpoint.body().apply(scene);
        return (body == null
                        ? request.exchange()
                        : request.contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(body)
                                .exchange())
                .expectBody()
                .returnResult();
    }

    private Scene sharedScene() {
        synchronized (AccessMatrixTest.class) {
            if (shared == null) {
                shared = scene(EnumSet.allOf(Part.class));
            }
            return shared;
        }
    }

    /** What a program holds, read straight from the collections: its pairings, its rounds and its settings. */
    private Map<String, Object> state(String programId) {
        Query ofProgram = Query.query(Criteria.where("programId").is(programId));
        List<String> pairings = mongo.find(ofProgram, Document.class, "pairings")
                .map(p -> p.getString("_id") + "=" + p.getString("status") + "@" + p.get("version"))
                .sort()
                .collectList()
                .block();
        List<String> rounds = mongo.find(ofProgram, Document.class, "rounds")
                .map(r -> r.getString("_id") + "=" + r.getString("status"))
                .sort()
                .collectList()
                .block();
        Document settings =
                mongo.findById(programId, Document.class, "program_settings").block();
        return Map.of("pairings", pairings, "rounds", rounds, "settings", settings == null ? "defaults" : settings);
    }
}
