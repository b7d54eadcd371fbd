package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.json;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.ActuatorAccess;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every intake endpoint against every kind of caller, each expecting the contract's answer: no token or a bad one
 * 401, a role that may not act 403, a token limited to another program 404 as if the record did not exist, the
 * right role (itself limited to the record's program) the endpoint's success.
 */
class AccessMatrixTest extends RunningIntake {

    enum Caller {
        NO_TOKEN,
        BAD_SIGNATURE,
        EXPIRED,
        WRONG_ROLE,
        OTHER_PROGRAM,
        RIGHT_ROLE
    }

    /** One endpoint: how to call it on a fresh record, who may, and what success answers. */
    record Endpoint(
            String name,
            HttpMethod method,
            String path,
            String role,
            String wrongRole,
            int success,
            Function<String, Object> body) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final String INTAKE = "INTAKE";
    static final String MANAGER = "PROGRAM_MANAGER";
    static final String NOBODY = "NO_ROLE";

    static Stream<Arguments> everyEndpointAndCaller() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String kind : List.of("participants", "mentors")) {
            Function<String, Object> body = kind.equals("participants") ? p -> participantIn(p) : p -> mentorIn(p);
            String base = "/api/" + kind;
            endpoints.add(new Endpoint("POST " + base, HttpMethod.POST, base, INTAKE, MANAGER, 201, body));
            String one = base + "/{id}";
            String list = base + "?programId={program}";
            for (String reader : List.of(INTAKE, MANAGER)) {
                String as = reader.equals(MANAGER) ? " as manager" : "";
                endpoints.add(new Endpoint("GET " + one + as, HttpMethod.GET, one, reader, NOBODY, 200, null));
                endpoints.add(new Endpoint(
                        "GET " + base + "?programId" + as, HttpMethod.GET, list, reader, NOBODY, 200, null));
            }
            endpoints.add(new Endpoint("PUT " + one, HttpMethod.PUT, one, INTAKE, MANAGER, 200, body));
            for (String erasure : List.of("", "?erase=true")) {
                String path = one + erasure;
                endpoints.add(new Endpoint("DELETE " + path, HttpMethod.DELETE, path, INTAKE, MANAGER, 204, null));
            }
        }
        endpoints.add(new Endpoint(
                "GET /api/audit?recordId", HttpMethod.GET, "/api/audit?recordId={id}", MANAGER, INTAKE, 200, null));
        return endpoints.stream().flatMap(e -> Stream.of(Caller.values()).map(c -> Arguments.of(e, c)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyEndpointAndCaller")
    void eachCallerGetsTheContractsAnswer(Endpoint endpoint, Caller caller) {
        String program = newProgram();
        String id = register(
                endpoint.path().startsWith("/api/mentors") ? "/api/mentors" : "/api/participants",
                endpoint.path().startsWith("/api/mentors") ? mentorIn(program) : participantIn(program));

        WebTestClient.RequestBodySpec request = RunningIntake.client(port())
                .build()
                .method(endpoint.method())
                .uri(endpoint.path().replace("{program}", program), id);
        String token = token(caller, endpoint, program);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (endpoint.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(json(endpoint.body().apply(program)));
        }

        int expected = switch (caller) {
            case NO_TOKEN, BAD_SIGNATURE, EXPIRED -> 401;
            case WRONG_ROLE -> 403;
            case OTHER_PROGRAM -> 404;
            case RIGHT_ROLE -> endpoint.success();
        };
        var result = request.exchange().expectStatus().isEqualTo(expected);
        if (expected >= 400) {
            result.expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(expected);
        }
        if (expected == 401) {
            assertThat(result.returnResult(String.class).getResponseHeaders().getFirst("WWW-Authenticate"))
                    .startsWith("Bearer");
        }
    }

    @Test
    void healthIsOpenAndTheMetricsAreForManagersOfEveryProgram() {
        assertThat(ActuatorAccess.statuses(port(), "/actuator/health/readiness"))
                .isEqualTo(ActuatorAccess.healthRule());
        assertThat(ActuatorAccess.statuses(port(), "/actuator/metrics")).isEqualTo(ActuatorAccess.metricsRule());
    }

    private static String token(Caller caller, Endpoint endpoint, String program) {
        List<String> roles = List.of(endpoint.role());
        switch (caller) {
            case NO_TOKEN:
                return null;
            case BAD_SIGNATURE:
                return TestIssuer.badSignature(roles);
            case EXPIRED:
                return TestIssuer.expired(roles);
            case WRONG_ROLE:
                return TestIssuer.token(
                        "wrong-role",
                        endpoint.wrongRole().equals(NOBODY) ? List.of() : List.of(endpoint.wrongRole()),
                        null);
            case OTHER_PROGRAM:
                return TestIssuer.token("other-program", roles, List.of(newProgram()));
            default:
                return TestIssuer.token("right-role", roles, List.of(program));
        }
    }
}
