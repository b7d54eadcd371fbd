package org.peermentor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;
import static org.peermentor.intake.support.Bodies.with;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.RunningIntake;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.node.ObjectNode;

/** What intake staff see when they register, read, change and withdraw people. */
class ProfileLifecycleTest extends RunningIntake {

    @Test
    void registeringAParticipantAnswersWithTheStoredProfile() {
        ObjectNode body = participantIn(newProgram());

        post("/api/participants", body)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/participants/[0-9a-f-]{36}")
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.id")
                .isNotEmpty()
                .jsonPath("$.status")
                .isEqualTo("WAITING")
                .jsonPath("$.version")
                .isEqualTo(1)
                .jsonPath("$.registeredAt")
                .isNotEmpty()
                .jsonPath("$.firstName")
                .isEqualTo("Ana")
                .jsonPath("$.availability[0].start")
                .isEqualTo("18:00")
                .jsonPath("$.consent.contactByEmail")
                .isEqualTo(true);
    }

    @Test
    void defaultsApplyWhereIntakeStaffLeftOptionalFieldsOut() {
        ObjectNode body = with(participantIn(newProgram()), b -> {
            b.remove("mentorGenderPreference");
            b.remove("urgency");
        });

        post("/api/participants", body)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.mentorGenderPreference")
                .isEqualTo("ANY")
                .jsonPath("$.urgency")
                .isEqualTo("NORMAL");
    }

    @Test
    void serverOwnedFieldsInARequestBodyAreIgnored() {
        ObjectNode body = with(participantIn(newProgram()), b -> {
            b.put("id", "chosen-by-client");
            b.put("status", "MATCHED");
            b.put("version", 99);
            b.put("registeredAt", "2000-01-01T00:00:00Z");
        });

        post("/api/participants", body)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.id")
                .value(id -> assertThat(id).isNotEqualTo("chosen-by-client"))
                .jsonPath("$.status")
                .isEqualTo("WAITING")
                .jsonPath("$.version")
                .isEqualTo(1)
                .jsonPath("$.registeredAt")
                .value(at -> assertThat(at.toString()).doesNotStartWith("2000"));
    }

    @Test
    void aRegisteredParticipantCanBeReadBack() {
        String id = registerParticipant(newProgram());

        http.get()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id)
                .jsonPath("$.lastName")
                .isEqualTo("Silva");
    }

    @Test
    void anUnknownIdIsNotFoundAsProblemDetails() {
        http.get()
                .uri("/api/participants/{id}", "no-such-id")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.title")
                .isNotEmpty()
                .jsonPath("$.detail")
                .isNotEmpty();
        http.get()
                .uri("/api/mentors/{id}", "no-such-id")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theListShowsAProgramsParticipantsByStatus() {
        String program = newProgram();
        String waiting = registerParticipant(program);
        String withdrawn = registerParticipant(program);
        registerParticipant(newProgram());
        http.delete()
                .uri("/api/participants/{id}", withdrawn)
                .exchange()
                .expectStatus()
                .isNoContent();

        assertThat(participantIds(program)).containsExactly(waiting, withdrawn);
        assertThat(participantIds(program, "status=WAITING")).containsExactly(waiting);
        assertThat(participantIds(program, "status=WITHDRAWN")).containsExactly(withdrawn);
    }

    @Test
    void theListPagesThroughAProgram() {
        String program = newProgram();
        String first = registerParticipant(program);
        String second = registerParticipant(program);

        assertThat(participantIds(program, "size=1&page=0")).containsExactly(first);
        assertThat(participantIds(program, "size=1&page=1")).containsExactly(second);
    }

    @Test
    void anUnknownStatusFilterIsABadRequestNotAnError() {
        http.get()
                .uri("/api/participants?status=SLEEPING")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUpdateAnswersWithTheNextVersion() {
        String id = registerParticipant(newProgram());
        ObjectNode change = with(participantIn("recovery-north"), b -> b.put("firstName", "Anabel"));

        http.put()
                .uri("/api/participants/{id}", id)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(change.toString())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("ETag", "\"2\"")
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2)
                .jsonPath("$.firstName")
                .isEqualTo("Anabel")
                .jsonPath("$.status")
                .isEqualTo("WAITING");
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        String id = registerParticipant(newProgram());
        put(id, "\"1\"", with(participantIn("recovery-north"), b -> b.put("firstName", "First")))
                .expectStatus()
                .isOk();

        put(id, "\"1\"", with(participantIn("recovery-north"), b -> b.put("firstName", "Second")))
                .expectStatus()
                .isEqualTo(412)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        http.get()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectBody()
                .jsonPath("$.firstName")
                .isEqualTo("First")
                .jsonPath("$.version")
                .isEqualTo(2);
    }

    @Test
    void withdrawingAParticipantStopsChangesAndFreesTheirEmail() {
        String program = newProgram();
        ObjectNode body = participantIn(program);
        String id = register("/api/participants", body);

        http.delete()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();
        http.delete()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();

        http.get()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("WITHDRAWN")
                .jsonPath("$.version")
                .isEqualTo(2);
        put(id, null, body).expectStatus().isEqualTo(409);
        post("/api/participants", body).expectStatus().isCreated();
    }

    @Test
    void aSecondParticipantWithTheSameEmailInTheSameProgramIsAConflict() {
        String program = newProgram();
        ObjectNode first = participantIn(program);
        register("/api/participants", first);
        ObjectNode sameEmailOtherCase = with(
                participantIn(program),
                b -> b.put("email", first.get("email").asString().toUpperCase()));

        post("/api/participants", sameEmailOtherCase)
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        ObjectNode otherProgram = with(
                participantIn(newProgram()),
                b -> b.put("email", first.get("email").asString()));
        post("/api/participants", otherProgram).expectStatus().isCreated();
        assertThat(participantIds(program)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyTwiceReturnsTheFirstResultAndCreatesNothingNew() {
        String program = newProgram();
        ObjectNode body = participantIn(program);

        Document first = postWithKey(http, body, "key-" + program)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody();
        Document second = postWithKey(http, body, "key-" + program)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody();

        assertThat(second.getString("id")).isEqualTo(first.getString("id"));
        assertThat(participantIds(program)).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentRequestIsRefused() {
        String program = newProgram();
        postWithKey(http, participantIn(program), "key-" + program)
                .expectStatus()
                .isCreated();

        postWithKey(http, participantIn(program), "key-" + program)
                .expectStatus()
                .isEqualTo(422);
        assertThat(participantIds(program)).hasSize(1);
    }

    @Test
    void aMentorIsRegisteredActiveWithTheirCapacity() {
        String program = newProgram();
        String id = register("/api/mentors", mentorIn(program));

        http.get()
                .uri("/api/mentors/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACTIVE")
                .jsonPath("$.active")
                .isEqualTo(true)
                .jsonPath("$.capacity")
                .isEqualTo(3)
                .jsonPath("$.livedExperience[0]")
                .isEqualTo("ALCOHOL_USE");
        assertThat(ids("/api/mentors?programId=" + program)).containsExactly(id);
    }

    @Test
    void aWithdrawnMentorIsInactive() {
        String id = register("/api/mentors", mentorIn(newProgram()));

        http.delete().uri("/api/mentors/{id}", id).exchange().expectStatus().isNoContent();

        http.get()
                .uri("/api/mentors/{id}", id)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("WITHDRAWN")
                .jsonPath("$.active")
                .isEqualTo(false);
    }

    @Test
    void anUnknownPathIsAProblemNotAnHtmlPage() {
        http.get()
                .uri("/api/nothing-here")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec put(String id, String ifMatch, Object body) {
        var request = http.put().uri("/api/participants/{id}", id).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.bodyValue(body.toString()).exchange();
    }
}
