package org.peermentor.intake.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Programs are named by the profiles that carry them until someone gives them a display name. */
class ProgramsTest extends RunningIntake {

    @Test
    void aProgramCarriedByAProfileIsListedWithItsIdMadeReadable() {
        String program = newProgram();
        register("/api/mentors", mentorIn(program));

        assertThat(programs(TestIssuer.intake()))
                .contains(new ProgramName(program, "Test " + program.substring("test-".length())));
        http.get()
                .uri("/api/programs/{id}", program)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(program);
    }

    @Test
    void demoRecoveryReadsAsDemoRecovery() {
        assertThat(ProgramName.unnamed("demo-recovery").displayName()).isEqualTo("Demo recovery");
        assertThat(ProgramName.unnamed("x--y-").displayName()).isEqualTo("X y");
    }

    @Test
    void namingAProgramChangesItsDisplayNameAndTheListIsSortedByName() {
        String zebra = newProgram();
        String aardvark = newProgram();
        registerParticipant(zebra);
        name(TestIssuer.intake(), zebra, "Zebra crossing")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Zebra crossing");
        name(TestIssuer.manager(), aardvark, "  Aardvark circle ")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Aardvark circle");

        List<String> names = programs(TestIssuer.intake()).stream()
                .map(ProgramName::displayName)
                .toList();

        assertThat(names).containsSubsequence("Aardvark circle", "Zebra crossing");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        http.get()
                .uri("/api/programs/{id}", aardvark)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.displayName")
                .isEqualTo("Aardvark circle");
    }

    @Test
    void aLimitedCallerSeesOnlyItsOwnPrograms() {
        String mine = newProgram();
        String theirs = newProgram();
        registerParticipant(mine);
        registerParticipant(theirs);

        assertThat(programs(TestIssuer.managerOf(mine)))
                .extracting(ProgramName::id)
                .containsExactly(mine);
        as(TestIssuer.managerOf(mine))
                .get()
                .uri("/api/programs/{id}", theirs)
                .exchange()
                .expectStatus()
                .isNotFound();
        name(TestIssuer.intakeOf(mine), theirs, "Not yours").expectStatus().isNotFound();
        http.get()
                .uri("/api/programs/{id}", theirs)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.displayName")
                .value(name -> assertThat(name).isNotEqualTo("Not yours"));
    }

    @Test
    void anUnknownProgramIsNotFound() {
        http.get()
                .uri("/api/programs/{id}", newProgram())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get()
                .uri("/api/programs/{id}", "Not_An_Id")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aBadNameOrIdIsRefusedAndStoresNothing() {
        String program = newProgram();
        name(TestIssuer.intake(), program, " ")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("displayName");
        name(TestIssuer.intake(), program, "x".repeat(101))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("displayName");
        name(TestIssuer.intake(), "Bad_Id", "Fine")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("id");
        as(TestIssuer.intake())
                .put()
                .uri("/api/programs/{id}", program)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json")
                .exchange()
                .expectStatus()
                .isBadRequest();

        http.get().uri("/api/programs/{id}", program).exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyStaffMayNameAProgram() {
        name(TestIssuer.token("reporting", List.of("REPORTER"), null), newProgram(), "Nope")
                .expectStatus()
                .isForbidden();
        client(port())
                .build()
                .get()
                .uri("/api/programs")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private List<ProgramName> programs(String token) {
        return Answers.okList(as(token).get().uri("/api/programs").exchange(), ProgramName.class);
    }

    private WebTestClient.ResponseSpec name(String token, String program, String displayName) {
        return as(token)
                .put()
                .uri("/api/programs/{id}", program)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("displayName", displayName))
                .exchange();
    }
}
