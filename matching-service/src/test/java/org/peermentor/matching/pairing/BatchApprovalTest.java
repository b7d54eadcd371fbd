package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.matching.support.Scene;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * "Approve selected" in one request ({@code POST /api/programs/{p}/pairings/approve}): each proposal is approved as a
 * single approval approves it — its mentor's link, its event published once, the participant MATCHED, the manager's
 * action audited — and each id gets its own outcome, a refusal beside the approvals instead of failing them.
 */
class BatchApprovalTest extends RunningMatching {

    @Autowired
    PairingStore store;

    @Autowired
    PairingService pairings;

    @Test
    void approvingSelectedProposalsApprovesEachAsASingleApprovalWould() {
        List<String> proposals = proposals(3);
        WebTestClient mara =
                client(TestIssuer.person("mara", "Mara Manager", "staff-console", List.of("PROGRAM_MANAGER"), null));

        Map<String, Object> answer = approveAll(mara, cohort.programId, proposals);

        assertThat(answer).containsEntry("approved", 3);
        assertThat(outcomes(answer)).extracting(o -> o.get("pairingId")).containsExactlyElementsOf(proposals);
        assertThat(outcomes(answer)).allSatisfy(o -> assertThat(o).containsEntry("status", 200));
        for (String id : proposals) {
            assertPairing(id, "APPROVED", 2);
            assertThat(trail(id))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry)
                            .containsEntry("action", "APPROVE")
                            .containsEntry("actor", "mara")
                            .containsEntry("programId", cohort.programId)
                            .containsKey("at"));
            assertThat(approvedEvent(id).pairing().participantStatus()).isEqualTo(ProfileStatus.MATCHED);
        }
        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            for (String id : proposals) {
                long published = approvals(events.awaitRecords(id, r -> approvals(r) > 0));
                assertThat(published).as("PairingApproved of " + id).isEqualTo(1);
            }
        }
        String link = mentorLink(proposals.get(0));
        post("/api/pairings/{id}/accept?token={t}", proposals.get(0), link)
                .expectStatus()
                .isOk();
    }

    @Test
    void eachIdHasItsOwnOutcomeAndARefusalDoesNotStopTheOthers() {
        List<String> proposals = proposals(2);
        post("/api/pairings/{id}/reject", proposals.get(1)).expectStatus().isOk();
        Scene elsewhere = scene(Set.of(Scene.Part.PROPOSED));
        List<String> asked =
                List.of(proposals.get(0), proposals.get(1), "no-such-pairing", elsewhere.proposedId, proposals.get(0));

        Map<String, Object> answer = approveAll(http, cohort.programId, asked);

        assertThat(answer).containsEntry("approved", 1);
        List<Map<String, Object>> outcomes = outcomes(answer);
        assertThat(outcomes)
                .extracting(o -> o.get("pairingId"))
                .containsExactly(proposals.get(0), proposals.get(1), "no-such-pairing", elsewhere.proposedId);
        assertThat(outcomes.get(0)).containsEntry("status", 200);
        assertThat(outcomes.get(1))
                .containsEntry("status", 409)
                .containsEntry("title", "Already decided")
                .containsEntry("detail", "This proposal was already rejected; it cannot become APPROVED.");
        assertThat(outcomes.get(2)).containsEntry("status", 404);
        assertThat(outcomes.get(3))
                .as("another program's pairing, as if it did not exist")
                .containsEntry("status", 404);
        assertThat(pairing(elsewhere.proposedId)).containsEntry("status", "PROPOSED");
        assertThat(pairing(proposals.get(1))).containsEntry("status", "REJECTED");
        assertThat(trail(proposals.get(0)))
                .extracting(entry -> entry.get("action"))
                .containsExactly("APPROVE");
    }

    @Test
    void aRequestWithoutUsableIdsIsAProblemAndAnotherProgramIsNotFound() {
        List<String> tooMany = IntStream.rangeClosed(0, BatchApproval.MOST)
                .mapToObj(i -> "p-" + i)
                .toList();
        for (String body : new String[] {
            "",
            "{}",
            "{\"pairingIds\":[]}",
            "{\"pairingIds\":[\"a\",\" \"]}",
            "{\"pairingIds\":\"a\"}",
            "{\"pairingIds\":["
                    + String.join(
                            ",", tooMany.stream().map(id -> "\"" + id + "\"").toList()) + "]}"
        }) {
            approval(http, cohort.programId, body)
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        Map<String, List<String>> oneId = Map.of("pairingIds", List.of("p-1"));
        approval(client(TestIssuer.managerOf("another-program")), cohort.programId, oneId)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        approval(client(TestIssuer.intake()), cohort.programId, oneId)
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aBulkWriteLeavesAPairingDecidedSinceItWasReadAsItIsAndSaysWhichItMoved() {
        List<String> proposals = proposals(2);
        List<StoredPairing> read = store.find(proposals).collectList().block();
        post("/api/pairings/{id}/reject", proposals.get(0)).expectStatus().isOk();
        Instant now = Instant.now();
        List<PairingMove> moves =
                read.stream().map(p -> pairings.approval(p, now).block()).toList();

        Set<String> moved = store.updateAll(moves, now).block();

        assertThat(moved).containsExactly(proposals.get(1));
        assertThat(pairing(proposals.get(0))).containsEntry("status", "REJECTED");
        assertThat(pairing(proposals.get(1))).containsEntry("status", "APPROVED");
    }

    /** {@code count} proposals of the cohort's program, from one round. */
    private List<String> proposals(int count) {
        for (int i = 0; i < count; i++) {
            cohort.publish(cohort.participant("Ana" + i, "es", "GRIEF"));
            cohort.publish(cohort.mentor("Mia" + i, "es", "GRIEF", 1));
        }
        awaitReplica(count, count);
        round(null);
        List<String> ids = new ArrayList<>(
                pairings("PROPOSED").stream().map(p -> (String) p.get("id")).toList());
        assertThat(ids).hasSize(count);
        Collections.reverse(ids); // not the order they are stored in
        return ids;
    }

    private static Map<String, Object> approveAll(WebTestClient client, String programId, List<String> ids) {
        return okObject(approval(client, programId, Map.of("pairingIds", ids)));
    }

    /** "Approve selected" with this JSON body, answered as it is. */
    private static WebTestClient.ResponseSpec approval(WebTestClient client, String programId, Object body) {
        return client.post()
                .uri("/api/programs/{p}/pairings/approve", programId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static List<Map<String, Object>> outcomes(Map<String, Object> answer) {
        return list(answer.get("outcomes"));
    }

    private static long approvals(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .filter(r -> "PairingApproved".equals(TopicProbe.header(r, CloudEventHeaders.TYPE)))
                .count();
    }
}
