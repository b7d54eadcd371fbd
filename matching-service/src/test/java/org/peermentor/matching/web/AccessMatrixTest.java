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
     * bearer token, authorises it.
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

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        Set<Part> nothing = Set.of();
        return List.of(
                new Endpoint(
                        "POST /api/programs/{p}/rounds",
                        HttpMethod.POST,
                        s -> "/api/programs/" + s.programId + "/rounds",
                        s -> "{\"timeLimitSeconds\":5}",
                        202,
                        nothing,
                        true,
                        false),
                new Endpoint(
                        "POST /api/programs/{p}/rounds (dry run)",
                        HttpMethod.POST,
                        s -> "/api/programs/" + s.programId + "/rounds",
                        s -> "{\"dryRun\":true,\"weights\":{\"overlap\":0}}",
                        202,
                        nothing,
                        true,
                        false),
                new Endpoint(
                        "GET /api/programs/{p}/rounds",
                        HttpMethod.GET,
                        s -> "/api/programs/" + s.programId + "/rounds",
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/rounds/{id}",
                        HttpMethod.GET,
                        s -> "/api/rounds/" + s.roundId,
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/programs/{p}/waiting",
                        HttpMethod.GET,
                        s -> "/api/programs/" + s.programId + "/waiting",
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/participants/{id}/mentor-options",
                        HttpMethod.GET,
                        s -> "/api/participants/" + s.participantId + "/mentor-options",
                        s -> null,
                        200,
                        Set.of(Part.PEOPLE),
                        false,
                        false),
                new Endpoint(
                        "GET /api/pairings?programId={p}",
                        HttpMethod.GET,
                        s -> "/api/pairings?programId=" + s.programId,
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/pairings/{id}",
                        HttpMethod.GET,
                        s -> "/api/pairings/" + s.proposedId,
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "POST /api/pairings",
                        HttpMethod.POST,
                        s -> "/api/pairings",
                        s -> "{\"participantId\":\"" + s.participantId + "\",\"mentorId\":\"" + s.mentorId + "\"}",
                        201,
                        Set.of(Part.PEOPLE),
                        true,
                        false),
                new Endpoint(
                        "POST /api/pairings/{id}/approve",
                        HttpMethod.POST,
                        s -> "/api/pairings/" + s.proposedId + "/approve",
                        s -> null,
                        200,
                        Set.of(Part.PROPOSED),
                        true,
                        false),
                new Endpoint(
                        "POST /api/pairings/{id}/resend-link",
                        HttpMethod.POST,
                        s -> "/api/pairings/" + s.approvedId + "/resend-link",
                        s -> null,
                        200,
                        Set.of(Part.APPROVED),
                        true,
                        false),
                new Endpoint(
                        "POST /api/pairings/{id}/reject",
                        HttpMethod.POST,
                        s -> "/api/pairings/" + s.proposedId + "/reject",
                        s -> "{\"reason\":\"Not now\"}",
                        200,
                        Set.of(Part.PROPOSED),
                        true,
                        false),
                new Endpoint(
                        "POST /api/pairings/{id}/end",
                        HttpMethod.POST,
                        s -> "/api/pairings/" + s.acceptedId + "/end",
                        s -> "{\"reason\":\"Moved\",\"rematch\":true}",
                        200,
                        Set.of(Part.ACCEPTED),
                        true,
                        false),
                new Endpoint(
                        "GET /api/pairings/{id}/response",
                        HttpMethod.GET,
                        s -> "/api/pairings/" + s.approvedId + "/response?token=" + s.approvedLink,
                        s -> null,
                        200,
                        Set.of(Part.APPROVED),
                        false,
                        true),
                new Endpoint(
                        "POST /api/pairings/{id}/accept",
                        HttpMethod.POST,
                        s -> "/api/pairings/" + s.approvedId + "/accept?token=" + s.approvedLink,
                        s -> null,
                        200,
                        Set.of(Part.APPROVED),
                        true,
                        true),
                new Endpoint(
                        "POST /api/pairings/{id}/decline",
                        HttpMethod.POST,
                        s -> "/api/pairings/" + s.approvedId + "/decline?token=" + s.approvedLink,
                        s -> null,
                        200,
                        Set.of(Part.APPROVED),
                        true,
                        true),
                new Endpoint(
                        "GET /api/programs/{p}/settings",
                        HttpMethod.GET,
                        s -> "/api/programs/" + s.programId + "/settings",
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "PUT /api/programs/{p}/settings",
                        HttpMethod.PUT,
                        s -> "/api/programs/" + s.programId + "/settings",
                        s -> "{\"minOverlapMinutes\":45}",
                        200,
                        nothing,
                        true,
                        false),
                new Endpoint(
                        "GET /api/programs/{p}/report",
                        HttpMethod.GET,
                        s -> "/api/programs/" + s.programId + "/report",
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/audit?pairingId={id}",
                        HttpMethod.GET,
                        s -> "/api/audit?pairingId=" + s.approvedId,
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/pairings/{id}/check-ins",
                        HttpMethod.GET,
                        s -> "/api/pairings/" + s.acceptedId + "/check-ins",
                        s -> null,
                        200,
                        nothing,
                        false,
                        false),
                new Endpoint(
                        "GET /api/audit?programId={p}",
                        HttpMethod.GET,
                        s -> "/api/audit?programId=" + s.programId,
                        s -> null,
                        200,
                        nothing,
                        false,
                        false));
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
