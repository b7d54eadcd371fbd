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
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditEntry;
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

        ApprovalOutcomes answer = approveAll(mara, cohort.programId, proposals);

        assertThat(answer.approved()).isEqualTo(3);
        assertThat(answer.outcomes()).extracting(ApprovalOutcome::pairingId).containsExactlyElementsOf(proposals);
        assertThat(answer.outcomes()).allSatisfy(o -> assertThat(o.status()).isEqualTo(200));
        for (String id : proposals) {
            assertPairing(id, PairingStatus.APPROVED, 2);
            assertThat(trail(id)).singleElement().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo(AuditAction.APPROVE);
                assertThat(entry.actor()).isEqualTo("mara");
                assertThat(entry.programId()).isEqualTo(cohort.programId);
                assertThat(entry.at()).isNotNull();
            });
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

        ApprovalOutcomes answer = approveAll(http, cohort.programId, asked);

        assertThat(answer.approved()).isEqualTo(1);
        List<ApprovalOutcome> outcomes = answer.outcomes();
        assertThat(outcomes)
                .extracting(ApprovalOutcome::pairingId)
                .containsExactly(proposals.get(0), proposals.get(1), "no-such-pairing", elsewhere.proposedId);
        assertThat(outcomes.get(0).status()).isEqualTo(200);
        assertThat(outcomes.get(1))
                .isEqualTo(new ApprovalOutcome(
                        proposals.get(1),
                        409,
                        "Already decided",
                        "This proposal was already rejected; it cannot become APPROVED."));
        assertThat(outcomes.get(2).status()).isEqualTo(404);
        assertThat(outcomes.get(3).status())
                .as("another program's pairing, as if it did not exist")
                .isEqualTo(404);
        assertThat(pairing(elsewhere.proposedId).status()).isEqualTo(PairingStatus.PROPOSED);
        assertThat(pairing(proposals.get(1)).status()).isEqualTo(PairingStatus.REJECTED);
        assertThat(trail(proposals.get(0))).extracting(AuditEntry::action).containsExactly(AuditAction.APPROVE);
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
        assertThat(pairing(proposals.get(0)).status()).isEqualTo(PairingStatus.REJECTED);
        assertThat(pairing(proposals.get(1)).status()).isEqualTo(PairingStatus.APPROVED);
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
                pairings(PairingStatus.PROPOSED).stream().map(PairingView::id).toList());
        assertThat(ids).hasSize(count);
        Collections.reverse(ids); // not the order they are stored in
        return ids;
    }

    private static ApprovalOutcomes approveAll(WebTestClient client, String programId, List<String> ids) {
        return ok(ApprovalOutcomes.class, approval(client, programId, Map.of("pairingIds", ids)));
    }

    /** "Approve selected" with this JSON body, answered as it is. */
    private static WebTestClient.ResponseSpec approval(WebTestClient client, String programId, Object body) {
        return client.post()
                .uri("/api/programs/{p}/pairings/approve", programId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static long approvals(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .filter(r -> "PairingApproved".equals(TopicProbe.header(r, CloudEventHeaders.TYPE)))
                .count();
    }
}
