package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Answers.createdId;
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
        String id = createdId(postWithKey(desk, body, "retry-" + home));
        as(TestIssuer.token("desk-of-both", INTAKE, List.of(home, elsewhere)))
                .put()
                .uri("/api/participants/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(participantIn(elsewhere).toString())
                .exchange()
                .expectStatus()
                .isOk();

        postWithKey(desk, body, "retry-" + home)
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
        WebTestClient deskOne = as(TestIssuer.token("desk-one", INTAKE, null));
        WebTestClient deskTwo = as(TestIssuer.token("desk-two", INTAKE, null));
        String first = createdId(postWithKey(deskOne, participantIn(program), key));

        String second = createdId(postWithKey(deskTwo, participantIn(program), key));

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void twoPeopleSignedInThroughOneClientHaveKeysOfTheirOwn() {
        String program = newProgram();
        String key = "console-" + program;
        WebTestClient idaAtTheConsole = as(TestIssuer.person("ida", "Ida Intake", "staff-console", INTAKE, null));
        WebTestClient ivoAtTheConsole = as(TestIssuer.person("ivo", "Ivo Intake", "staff-console", INTAKE, null));
        String ida = createdId(postWithKey(idaAtTheConsole, participantIn(program), key));

        String ivo = createdId(postWithKey(ivoAtTheConsole, participantIn(program), key));

        assertThat(ivo).isNotEqualTo(ida);
    }
}
