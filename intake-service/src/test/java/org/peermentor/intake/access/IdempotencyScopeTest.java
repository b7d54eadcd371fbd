package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An {@code Idempotency-Key} belongs to the client that sent it (and to the person, when people sign in through one client), and a retry is answered under the same program rules
 * as a read: it never hands a client a record outside its programs, nor another client's registration.
 */
class IdempotencyScopeTest extends RunningIntake {

    private static final List<String> INTAKE = List.of("INTAKE");

    @Test
    void aRetryAfterTheRecordMovedToAnotherProgramGets404AndChangesNothing() {
        String home = newProgram();
        String elsewhere = newProgram();
        String body = participantIn(home).toString();
        WebTestClient desk = as(TestIssuer.token("desk-of-home", INTAKE, List.of(home)));
        String id = post(desk, body, "retry-" + home)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");
        as(TestIssuer.token("desk-of-both", INTAKE, List.of(home, elsewhere)))
                .put()
                .uri("/api/participants/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(participantIn(elsewhere).toString())
                .exchange()
                .expectStatus()
                .isOk();

        post(desk, body, "retry-" + home)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(http.get()
                        .uri("/api/participants/{id}", id)
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(Document.class)
                        .returnResult()
                        .getResponseBody())
                .containsEntry("programId", elsewhere);
    }

    @Test
    void anotherClientsKeyIsNotMine() {
        String program = newProgram();
        String key = "shared-" + program;
        String first = post(
                        as(TestIssuer.token("desk-one", INTAKE, null)),
                        participantIn(program).toString(),
                        key)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");

        String second = post(
                        as(TestIssuer.token("desk-two", INTAKE, null)),
                        participantIn(program).toString(),
                        key)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void twoPeopleSignedInThroughOneClientHaveKeysOfTheirOwn() {
        String program = newProgram();
        String key = "console-" + program;
        String ida = post(
                        as(TestIssuer.person("ida", "Ida Intake", "staff-console", INTAKE, null)),
                        participantIn(program).toString(),
                        key)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");

        String ivo = post(
                        as(TestIssuer.person("ivo", "Ivo Intake", "staff-console", INTAKE, null)),
                        participantIn(program).toString(),
                        key)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");

        assertThat(ivo).isNotEqualTo(ida);
    }

    private static WebTestClient.ResponseSpec post(WebTestClient client, String body, String key) {
        return client.post()
                .uri("/api/participants")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
