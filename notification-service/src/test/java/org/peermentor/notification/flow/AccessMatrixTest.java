package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.service.security.Roles.PROGRAM_MANAGER;

import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.ActuatorAccess;
import org.peermentor.testkit.TestIssuer;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every way of reading the delivery log, asked by every kind of caller: no token, a forged or an expired one → 401;
 * intake staff → 403; a manager of another program → the pairing does not exist for them (404) and lists hold none
 * of its deliveries; a manager of the program, or of every program → the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends RunningNotification {

    private static final ParameterizedTypeReference<List<DeliveryLogLine>> LOG = new ParameterizedTypeReference<>() {};

    private final String home = "matrix-home-" + UUID.randomUUID();
    private final String elsewhere = "matrix-elsewhere-" + UUID.randomUUID();
    private PairingFixture pairing;
    private PairingFixture otherPairing;

    @BeforeAll
    void aSentDeliveryInEachOfTwoPrograms() {
        Person ana = Person.participant().withProgram(home);
        Person bea = Person.mentor().withProgram(home);
        Person cyd = Person.participant().withProgram(elsewhere);
        Person dee = Person.mentor().withProgram(elsewhere);
        register(ana, bea, cyd, dee);
        pairing = PairingFixture.of(ana, bea);
        otherPairing = PairingFixture.of(cyd, dee);
        publish(pairing.approved());
        publish(otherPairing.approved());
        awaitPairingLog(pairing.id(), 1, "SENT");
        awaitPairingLog(otherPairing.id(), 1, "SENT");
    }

    Stream<Arguments> everyEndpointByEveryCaller() {
        String wholeLog = "/api/notifications?size=1000";
        String onePairing = "/api/notifications?pairingId=" + pairing.id();
        String oneRecipient =
                "/api/notifications?" + param("recipient", pairing.mentor().email());
        List<Arguments> rows = new ArrayList<>();
        for (String endpoint : List.of(wholeLog, onePairing, oneRecipient)) {
            rows.add(Arguments.of(endpoint, "no token", null, Expect.refused(401)));
            rows.add(Arguments.of(
                    endpoint,
                    "a forged token",
                    TestIssuer.badSignature(List.of(PROGRAM_MANAGER)),
                    Expect.refused(401)));
            rows.add(Arguments.of(
                    endpoint, "an expired token", TestIssuer.expired(List.of(PROGRAM_MANAGER)), Expect.refused(401)));
            rows.add(Arguments.of(endpoint, "intake staff", TestIssuer.intake(), Expect.refused(403)));
        }
        String managerElsewhere = TestIssuer.managerOf(elsewhere);
        String managerHere = TestIssuer.managerOf(home);
        String managerOfAll = TestIssuer.manager();
        rows.add(Arguments.of(
                wholeLog, "a manager of another program", managerElsewhere, Expect.exactly(otherPairing.id())));
        rows.add(Arguments.of(onePairing, "a manager of another program", managerElsewhere, Expect.refused(404)));
        rows.add(Arguments.of(oneRecipient, "a manager of another program", managerElsewhere, Expect.exactly()));
        rows.add(Arguments.of(wholeLog, "a manager of the program", managerHere, Expect.exactly(pairing.id())));
        rows.add(Arguments.of(onePairing, "a manager of the program", managerHere, Expect.exactly(pairing.id())));
        rows.add(Arguments.of(oneRecipient, "a manager of the program", managerHere, Expect.exactly(pairing.id())));
        rows.add(Arguments.of(
                wholeLog,
                "a manager of every program",
                managerOfAll,
                Expect.including(pairing.id(), otherPairing.id())));
        rows.add(Arguments.of(onePairing, "a manager of every program", managerOfAll, Expect.exactly(pairing.id())));
        rows.add(Arguments.of(oneRecipient, "a manager of every program", managerOfAll, Expect.exactly(pairing.id())));
        // an id the log knows nothing of is answered as another program's is, so neither tells that the other exists
        String unknownPairing = "/api/notifications?pairingId=pr-unknown-" + UUID.randomUUID();
        rows.add(Arguments.of(unknownPairing, "a manager of another program", managerElsewhere, Expect.refused(404)));
        rows.add(Arguments.of(unknownPairing, "a manager of the program", managerHere, Expect.refused(404)));
        rows.add(Arguments.of(unknownPairing, "a manager of every program", managerOfAll, Expect.exactly()));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} asked by {1}: {3}")
    @MethodSource("everyEndpointByEveryCaller")
    void theDeliveryLogAnswersEachCallerAsTheContractSays(
            String endpoint, String caller, String token, Expect expected) {
        // a URI as it stands: the recipient is already encoded, and must not be encoded twice
        expected.check(http(token)
                .get()
                .uri(URI.create("http://localhost:" + port() + endpoint))
                .exchange());
    }

    @Test
    void anOlderDeliveryRecordedWithoutItsProgramIsSeenOnlyByManagersOfEveryProgram() {
        String olderPairing = "pr-older-" + UUID.randomUUID();
        mongo.insert(
                        new Document("_id", "e-" + UUID.randomUUID() + ".mentor")
                                .append("eventId", "e-older")
                                .append("pairingId", olderPairing)
                                .append("type", "PairingApproved")
                                .append("recipientRole", "MENTOR")
                                .append("recipientId", "m-older")
                                .append("partnerId", "p-older")
                                .append("status", "FAILED")
                                .append("attempts", 1)
                                .append("revision", 2)
                                .append("createdAt", new Date())
                                .append("nextAttemptAt", new Date()),
                        "deliveries")
                .block();

        Expect.refused(404)
                .check(http(TestIssuer.managerOf(home))
                        .get()
                        .uri("/api/notifications?pairingId=" + olderPairing)
                        .exchange());
        Expect.exactly(pairing.id())
                .check(http(TestIssuer.managerOf(home))
                        .get()
                        .uri("/api/notifications")
                        .exchange());
        Expect.exactly(olderPairing)
                .check(http(TestIssuer.manager())
                        .get()
                        .uri("/api/notifications?pairingId=" + olderPairing)
                        .exchange());
    }

    @Test
    void healthIsOpenAndTheMetricsAreForManagersOfEveryProgram() {
        assertThat(ActuatorAccess.statuses(port(), "/actuator/health/readiness"))
                .isEqualTo(ActuatorAccess.healthRule());
        assertThat(ActuatorAccess.statuses(port(), "/actuator/metrics/notification.deliveries"))
                .isEqualTo(ActuatorAccess.metricsRule());
    }

    /** What a caller must get back. */
    interface Expect {

        void check(WebTestClient.ResponseSpec response);

        /** A problem-details refusal with this status. */
        static Expect refused(int status) {
            return named(status + (status == 401 ? " (with WWW-Authenticate)" : ""), response -> {
                response.expectStatus()
                        .isEqualTo(status)
                        .expectHeader()
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.status")
                        .isEqualTo(status);
                if (status == 401) {
                    response.expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE);
                }
            });
        }

        /** 200 with the deliveries of exactly these pairings. */
        static Expect exactly(String... pairingIds) {
            return named(
                    "200 with the deliveries of " + List.of(pairingIds),
                    response -> assertThat(pairingsIn(response)).containsExactlyInAnyOrder(pairingIds));
        }

        /** 200 with the deliveries of these pairings among others. */
        static Expect including(String... pairingIds) {
            return named(
                    "200 including " + List.of(pairingIds),
                    response -> assertThat(pairingsIn(response)).contains(pairingIds));
        }

        private static List<String> pairingsIn(WebTestClient.ResponseSpec response) {
            return response.expectStatus().isOk().expectBody(LOG).returnResult().getResponseBody().stream()
                    .map(DeliveryLogLine::pairingId)
                    .toList();
        }

        private static Expect named(String name, Expect check) {
            return new Expect() {
                @Override
                public void check(WebTestClient.ResponseSpec response) {
                    check.check(response);
                }

                @Override
                public String toString() {
                    return name;
                }
            };
        }
    }
}
