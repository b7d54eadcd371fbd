package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.json;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.audit.RecordAccess;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.MediaType;

/** Every read and change of a person's record leaves a trace a program manager can read. */
class AuditTrailTest extends RunningIntake {

    @Test
    void everyReadAndChangeIsInTheTrailWithWhoDidItAndWhen() {
        String program = newProgram();
        String desk = TestIssuer.token("front-desk", List.of("INTAKE"), null);
        String id = register(as(desk), "/api/participants", participantIn(program));
        as(TestIssuer.token("coordinator", List.of("PROGRAM_MANAGER"), List.of(program)))
                .get()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectStatus()
                .isOk();
        as(desk).get()
                .uri("/api/participants?programId={p}", program)
                .exchange()
                .expectStatus()
                .isOk();
        as(desk).put()
                .uri("/api/participants/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(participantIn(program)))
                .exchange()
                .expectStatus()
                .isOk();
        as(desk).delete()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();

        List<RecordAccess> trail = trailOf(id);

        assertThat(trail)
                .extracting(RecordAccess::action)
                .containsExactly("CREATE", "READ", "LIST", "UPDATE", "WITHDRAW");
        assertThat(trail)
                .extracting(entry -> entry.accessor().actor())
                .containsExactly("front-desk", "coordinator", "front-desk", "front-desk", "front-desk");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.record().recordId()).isEqualTo(id);
            assertThat(entry.record().programId()).isEqualTo(program);
            assertThat(entry.at()).isNotNull();
        });
    }

    @Test
    void aPersonSignedInThroughTheConsoleIsAuditedByNameNotByTheConsole() {
        String program = newProgram();
        String ida = TestIssuer.person("intake", "Ida Intake", "staff-console", List.of("INTAKE"), null);
        String id = register(as(ida), "/api/participants", participantIn(program));

        RecordAccess entry = onlyEntryBy(id, "intake", "Ida Intake", "staff-console");

        assertThat(entry.action()).isEqualTo("CREATE");
    }

    @Test
    void aMachineClientIsItsOwnActor() {
        String id = registerParticipant(newProgram());

        onlyEntryBy(id, "intake-desk", "intake-desk", "intake-desk");
    }

    @Test
    void theTrailHoldsIdsNotThePersonsData() {
        String id = registerParticipant(newProgram());
        http.get().uri("/api/participants/{id}", id).exchange().expectStatus().isOk();

        String trail = as(TestIssuer.manager())
                .get()
                .uri("/api/audit?recordId={id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(trail)
                .contains(id)
                .doesNotContain("Silva")
                .doesNotContain("ana+")
                .doesNotContain("ALCOHOL_USE");
    }

    @Test
    void aManagerOfAnotherProgramCannotReadTheTrailAndIntakeStaffMayNot() {
        String id = registerParticipant(newProgram());

        as(TestIssuer.managerOf(newProgram()))
                .get()
                .uri("/api/audit?recordId={id}", id)
                .exchange()
                .expectStatus()
                .isNotFound();
        as(TestIssuer.intake())
                .get()
                .uri("/api/audit?recordId={id}", id)
                .exchange()
                .expectStatus()
                .isForbidden();
        as(TestIssuer.manager())
                .get()
                .uri("/api/audit")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("recordId");
    }

    @Test
    void theTrailCannotBeChangedOverHttp() {
        String id = registerParticipant(newProgram());

        as(TestIssuer.manager())
                .delete()
                .uri("/api/audit?recordId={id}", id)
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isIn(404, 405));
        assertThat(trailOf(id)).hasSize(1);
    }

    /** The record's trail holds one entry, by this actor, shown by this name, through this client: that entry. */
    private RecordAccess onlyEntryBy(String id, String actor, String actorName, String client) {
        List<RecordAccess> trail = trailOf(id);
        assertThat(trail).hasSize(1);
        RecordAccess entry = trail.get(0);
        assertThat(entry.accessor().actor()).isEqualTo(actor);
        assertThat(entry.accessor().actorName()).isEqualTo(actorName);
        assertThat(entry.accessor().client()).isEqualTo(client);
        return entry;
    }

    /** The trail of one record, as a program manager reads it. */
    private List<RecordAccess> trailOf(String id) {
        return Answers.okList(
                as(TestIssuer.manager())
                        .get()
                        .uri("/api/audit?recordId={id}", id)
                        .exchange(),
                RecordAccess.class);
    }
}
