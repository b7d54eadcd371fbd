package org.peermentor.matching.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

        List<AuditEntry> trail = trail("pairingId", scene.proposedId);
        assertThat(trail).hasSize(1);
        AuditEntry entry = trail.get(0);
        assertThat(entry.actor()).isEqualTo("mara");
        assertThat(entry.actorName()).isEqualTo("Mara Manager");
        assertThat(entry.client()).isEqualTo("staff-console");
        assertThat(entry.action()).isEqualTo(AuditAction.APPROVE);
        assertThat(entry.pairingId()).isEqualTo(scene.proposedId);
        assertThat(entry.programId()).isEqualTo(scene.programId);
        assertThat(entry.at()).isNotNull();
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

        List<AuditEntry> trail = trail("programId", scene.programId);

        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.START_ROUND,
                        AuditAction.PAIR_BY_HAND,
                        AuditAction.CHANGE_SETTINGS,
                        AuditAction.REJECT,
                        AuditAction.END);
        assertThat(trail.get(0).roundId()).isEqualTo(scene.roundId);
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("program-manager");
            assertThat(entry.client()).isEqualTo("program-manager");
        });
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

    private List<AuditEntry> trail(String by, String id) {
        return readList(AuditEntry.class, "/api/audit?" + by + "={id}", id);
    }

    private List<String> stored(String programId) {
        return mongo.find(Query.query(Criteria.where("programId").is(programId)), Document.class, "audit")
                .map(Document::toJson)
                .collectList()
                .block();
    }
}
