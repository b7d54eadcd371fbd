package org.peermentor.matching.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.testkit.TestIssuer;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every action of a program manager is in the audit: who, what, when, on which pairing, round or program. */
class ManagerActionsTest extends RunningMatching {

    @Test
    void anApprovalMadeWithAPersonsTokenIsAuditedUnderTheirUsername() {
        Scene scene = scene(Set.of(Scene.Part.PROPOSED));
        WebTestClient mara =
                client(TestIssuer.person("mara", "Mara Manager", "staff-console", List.of("PROGRAM_MANAGER"), null));

        mara.post()
                .uri("/api/pairings/{id}/approve", scene.proposedId)
                .exchange()
                .expectStatus()
                .isOk();

        List<Map<String, Object>> trail = trail("pairingId", scene.proposedId);
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0))
                .containsEntry("actor", "mara")
                .containsEntry("actorName", "Mara Manager")
                .containsEntry("client", "staff-console")
                .containsEntry("action", "APPROVE")
                .containsEntry("pairingId", scene.proposedId)
                .containsEntry("programId", scene.programId)
                .containsKey("at");
    }

    @Test
    void aProgramsTrailListsEveryKindOfActionOldestFirstWithoutTheReasonsGiven() {
        Scene scene = scene(Set.of(Scene.Part.PROPOSED, Scene.Part.ACCEPTED));
        changeSettings(scene.programId, "{\"minOverlapMinutes\":30}")
                .expectStatus()
                .isOk();
        http.post()
                .uri("/api/pairings/{id}/reject", scene.proposedId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"Ana knows Mia from school\"}")
                .exchange()
                .expectStatus()
                .isOk();
        http.post()
                .uri("/api/pairings/{id}/end", scene.acceptedId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"Cy moved to Lisbon\",\"rematch\":true}")
                .exchange()
                .expectStatus()
                .isOk();

        List<Map<String, Object>> trail = trail("programId", scene.programId);

        assertThat(trail)
                .extracting(entry -> entry.get("action"))
                .containsExactly("START_ROUND", "PAIR_BY_HAND", "CHANGE_SETTINGS", "REJECT", "END");
        assertThat(trail.get(0)).containsEntry("roundId", scene.roundId);
        assertThat(trail)
                .allSatisfy(entry -> assertThat(entry)
                        .containsEntry("actor", "program-manager")
                        .containsEntry("client", "program-manager"));
        assertThat(stored(scene.programId))
                .isNotEmpty()
                .noneMatch(json -> json.contains("school") || json.contains("Lisbon") || json.contains("reason"));
    }

    @Test
    void anotherProgramsTrailIsNotFoundAndAQueryNeedsExactlyOneId() {
        Scene scene = scene(Set.of(Scene.Part.PROPOSED));
        WebTestClient outsider = client(TestIssuer.managerOf("another-program"));

        outsider.get()
                .uri("/api/audit?pairingId={id}", scene.proposedId)
                .exchange()
                .expectStatus()
                .isNotFound();
        outsider.get()
                .uri("/api/audit?programId={p}", scene.programId)
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/api/audit?pairingId=no-such-pairing")
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get()
                .uri("/api/audit")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get()
                .uri("/api/audit?pairingId={id}&programId={p}", scene.proposedId, scene.programId)
                .exchange()
                .expectStatus()
                .isBadRequest();
        client(TestIssuer.intake())
                .get()
                .uri("/api/audit?programId={p}", scene.programId)
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(trail("pairingId", scene.proposedId)).isEmpty();
    }

    private List<Map<String, Object>> trail(String by, String id) {
        return readList("/api/audit?" + by + "={id}", id);
    }

    private List<String> stored(String programId) {
        return mongo.find(Query.query(Criteria.where("programId").is(programId)), Document.class, "audit")
                .map(Document::toJson)
                .collectList()
                .block();
    }
}
