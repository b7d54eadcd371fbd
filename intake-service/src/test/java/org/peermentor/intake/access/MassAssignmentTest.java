package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.json;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.RunningIntake;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ObjectNode;

/** Fields the server owns are never taken from a request body, on any write (OWASP API3). */
class MassAssignmentTest extends RunningIntake {

    private static ObjectNode withServerOwnedFields(ObjectNode body) {
        body.put("id", "chosen-by-client");
        body.put("status", "MATCHED");
        body.put("version", 99);
        body.put("registeredAt", "2000-01-01T00:00:00Z");
        body.put("updatedAt", "2000-01-01T00:00:00Z");
        body.put("statusSequence", 1_000_000);
        body.put("erasedAt", "2000-01-01T00:00:00Z");
        body.putArray("outbox").addObject().put("topic", "participant-profiles").put("payload", "{}");
        body.put("active", true);
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"participants", "mentors"})
    void aRegistrationTakesNoServerOwnedField(String kind) {
        ObjectNode body = withServerOwnedFields(
                kind.equals("participants") ? participantIn(newProgram()) : mentorIn(newProgram()));

        Map<?, ?> created = post("/api/" + kind, body)
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(created.get("id")).isNotEqualTo("chosen-by-client");
        assertThat(created.get("status")).isEqualTo(kind.equals("participants") ? "WAITING" : "ACTIVE");
        assertThat(created.get("version")).isEqualTo(1);
        assertThat(created.get("registeredAt").toString()).doesNotStartWith("2000");
        assertThat(stored(kind, created.get("id").toString()))
                .doesNotContain("chosen-by-client")
                .doesNotContain("1000000")
                .doesNotContain("2000-01-01");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"participants", "mentors"})
    void aChangeTakesNoServerOwnedField(String kind) {
        String program = newProgram();
        ObjectNode body = kind.equals("participants") ? participantIn(program) : mentorIn(program);
        String id = register("/api/" + kind, body);

        Map<?, ?> changed = Answers.okObject(http.put()
                .uri("/api/" + kind + "/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(withServerOwnedFields(body)))
                .exchange());

        assertThat(changed.get("id")).isEqualTo(id);
        assertThat(changed.get("status")).isEqualTo(kind.equals("participants") ? "WAITING" : "ACTIVE");
        assertThat(changed.get("version")).isEqualTo(2);
        assertThat(changed.get("registeredAt").toString()).doesNotStartWith("2000");
        assertThat(stored(kind, id))
                .doesNotContain("chosen-by-client")
                .doesNotContain("1000000")
                .doesNotContain("2000-01-01");
    }

    private String stored(String collection, String id) {
        return mongo.findById(id, Document.class, collection)
                .map(Document::toJson)
                .block();
    }
}
