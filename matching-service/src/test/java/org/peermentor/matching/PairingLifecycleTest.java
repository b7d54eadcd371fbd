package org.peermentor.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TopicProbe;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;

/** A program manager's and a mentor's view of rounds and pairings, through real Kafka topics and MongoDB. */
class PairingLifecycleTest extends RunningMatching {

    @Test
    void aRoundProposesTheMaximumAndExplainsEveryoneLeftWaiting() {
        cohort.publish(cohort.participant("Ana", "es", "ALCOHOL_USE"));
        cohort.publish(cohort.participant("Bo", "en", "ALCOHOL_USE"));
        ParticipantProfile polish = cohort.publish(cohort.participant("Ola", "pl", "ALCOHOL_USE"));
        cohort.publish(cohort.mentor("Mia", "es", "ALCOHOL_USE", 1));
        cohort.publish(cohort.mentor("Ned", "en", "ALCOHOL_USE", 1));
        awaitReplica(3, 2);

        Map<String, Object> round = round(null);

        assertThat(round)
                .containsEntry("status", "COMPLETED")
                .containsEntry("matchedCount", 2)
                .containsEntry("unmatchedCount", 1);
        List<Map<String, Object>> proposed = list(round.get("pairings"));
        assertThat(proposed).allSatisfy(p -> {
            assertThat(p.get("status")).isEqualTo("PROPOSED");
            assertThat(list(p.get("explanation"))).isNotEmpty();
        });
        Map<String, Object> unmatched = list(round.get("unmatched")).get(0);
        assertThat(unmatched.get("participantId")).isEqualTo(polish.id());
        assertThat(String.join(" ", strings(unmatched.get("reasons")))).contains("pl");

        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            for (Map<String, Object> pairing : proposed) {
                ConsumerRecord<String, byte[]> record = events.awaitRecords(
                                (String) pairing.get("id"), r -> !r.isEmpty())
                        .get(0);
                assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("PairingProposed");
                assertThat(read(record).pairing().participantStatus()).isEqualTo(ProfileStatus.PROPOSED);
            }
        }
    }

    @Test
    void approvingSendsTheMentorALinkWhosePageChangesNothingAndWhichWorksOnce() {
        String pairingId = proposeOnePairing();

        post("/api/pairings/{id}/approve", pairingId)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("APPROVED");
        post("/api/pairings/{id}/approve", pairingId)
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String token = approvedEvent(pairingId).mentorResponseToken();

        http.get()
                .uri("/api/pairings/{id}/response?token={t}", pairingId, token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("Accept"));
        http.get()
                .uri("/api/pairings/{id}/response?token={t}", pairingId, token + "x")
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThat(status(pairingId)).isEqualTo("APPROVED");

        post("/api/pairings/{id}/accept?token={t}", pairingId, token + "x")
                .expectStatus()
                .isForbidden();
        post("/api/pairings/{id}/accept?token={t}", pairingId, token)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ACCEPTED");
        post("/api/pairings/{id}/decline?token={t}", pairingId, token)
                .expectStatus()
                .isForbidden();
        assertThat(status(pairingId)).isEqualTo("ACCEPTED");
    }

    @Test
    void aRejectedPairIsNeverProposedAgain() {
        String pairingId = proposeOnePairing();

        http.post()
                .uri("/api/pairings/{id}/reject", pairingId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"Prefers someone older\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("REJECTED")
                .jsonPath("$.reason")
                .isEqualTo("Prefers someone older");
        post("/api/pairings/{id}/reject", pairingId).expectStatus().isEqualTo(409);

        Map<String, Object> again = round(null);
        assertThat(again).containsEntry("matchedCount", 0);
        assertThat(String.join(" ", strings(list(again.get("unmatched")).get(0).get("reasons"))))
                .contains("H7");
    }

    @Test
    void aDeclineSendsTheParticipantBackToWaitingAndEndingWithRematchToo() {
        String declined = proposeOnePairing();
        post("/api/pairings/{id}/approve", declined).expectStatus().isOk();
        post(
                        "/api/pairings/{id}/decline?token={t}",
                        declined,
                        approvedEvent(declined).mentorResponseToken())
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DECLINED");
        assertThat(lastEvent(declined).pairing().participantStatus()).isEqualTo(ProfileStatus.WAITING);

        MentorProfile second = cohort.publish(cohort.mentor("Zoe", "es", "ALCOHOL_USE", 1));
        awaitReplica(1, 2);
        Map<String, Object> round = round(null);
        Map<String, Object> pairing = list(round.get("pairings")).get(0);
        assertThat(pairing.get("mentorId")).isEqualTo(second.id());
        String id = (String) pairing.get("id");
        post("/api/pairings/{id}/approve", id).expectStatus().isOk();
        post("/api/pairings/{id}/end", id).expectStatus().isEqualTo(409);
        post("/api/pairings/{id}/accept?token={t}", id, approvedEvent(id).mentorResponseToken())
                .expectStatus()
                .isOk();

        http.post()
                .uri("/api/pairings/{id}/end", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"Moved away\",\"rematch\":true}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ENDED");
        assertThat(lastEvent(id).pairing().participantStatus()).isEqualTo(ProfileStatus.WAITING);
    }

    @Test
    void aManagerPairsByHandOnlyWithinTheRules() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        MentorProfile english = cohort.publish(cohort.mentor("Ned", "en", "GRIEF", 1));
        MentorProfile spanish = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 2);

        http.post()
                .uri("/api/pairings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("participantId", ana.id(), "mentorId", english.id()))
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("H3");

        http.post()
                .uri("/api/pairings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("participantId", ana.id(), "mentorId", spanish.id()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("APPROVED");
        assertThat(round(null)).containsEntry("matchedCount", 0);
        assertThat(pairings("APPROVED")).hasSize(1);
    }

    @Test
    void aReplayedOrOlderProfileEventChangesNothing() {
        ParticipantProfile ana = cohort.participant("Ana", "es", "GRIEF");
        ParticipantProfile newer =
                ana.with(changed -> changed.version(2).firstName("Anabel").languages(List.of("en")));
        cohort.publish(newer);
        cohort.publish(ana);
        cohort.send(new ParticipantProfileChanged("again", Instant.now(), ana.id(), 1, ana));
        MentorProfile english = cohort.publish(cohort.mentor("Ned", "en", "GRIEF", 1));
        awaitReplica(1, 1);

        Map<String, Object> round = round(null);

        assertThat(list(round.get("pairings")))
                .extracting(p -> p.get("mentorId"))
                .containsExactly(english.id());
    }

    @Test
    void anotherRoundWhileOneIsPlanningTheProgramIsAConflict() {
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        awaitReplica(1, 0);
        lockProgram();

        post("/api/programs/{p}/rounds", cohort.programId)
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDryRunWithOtherWeightsProposesNothingAndShowsTheLastRealRound() {
        anaAndMia();
        Map<String, Object> real = round(null);

        Map<String, Object> dry = round("{\"dryRun\":true,\"weights\":{\"overlap\":0}}");

        assertThat(dry).containsEntry("dryRun", true).containsEntry("matchedCount", 1);
        assertThat(((Map<?, ?>) dry.get("comparedTo")).get("roundId")).isEqualTo(real.get("id"));
        assertThat(pairings(null)).hasSize(1);
    }

    @Test
    void settingsAreValidatedAndApplyToTheNextRound() {
        changeSettings(cohort.programId, "{\"weights\":{\"charm\":5}}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("weights.charm");
        changeSettings(cohort.programId, "{\"autoApprove\":true,\"weights\":{\"overlap\":0}}")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.autoApprove")
                .isEqualTo(true)
                .jsonPath("$.weights.overlap")
                .isEqualTo(0)
                .jsonPath("$.minOverlapMinutes")
                .isEqualTo(60);
        anaAndMia();

        Map<String, Object> round = round(null);

        assertThat(list(round.get("pairings"))).extracting(p -> p.get("status")).containsExactly("APPROVED");
    }

    @Test
    void freedCapacityStartsARoundByItself() {
        changeSettings(cohort.programId, "{\"settleTimeSeconds\":1}")
                .expectStatus()
                .isOk();
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));

        await().atMost(Duration.ofSeconds(60)).until(() -> pairings("PROPOSED").size() == 1);
    }

    private String proposeOnePairing() {
        cohort.publish(cohort.participant("Ana", "es", "ALCOHOL_USE"));
        cohort.publish(cohort.mentor("Mia", "es", "ALCOHOL_USE", 1));
        awaitReplica(1, 1);
        return (String) list(round(null).get("pairings")).get(0).get("id");
    }

    private String status(String pairingId) {
        return (String) http.get()
                .uri("/api/pairings/{id}", pairingId)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("status");
    }

    private PairingEvent lastEvent(String pairingId) {
        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            String status = status(pairingId);
            List<ConsumerRecord<String, byte[]>> records = events.awaitRecords(
                    pairingId,
                    r -> !r.isEmpty()
                            && read(r.get(r.size() - 1))
                                    .pairing()
                                    .status()
                                    .name()
                                    .equals(status));
            return read(records.get(records.size() - 1));
        }
    }

    private void lockProgram() {
        MongoClient client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
        Mono.from(client.getDatabase("matching")
                        .getCollection("round_locks")
                        .insertOne(new Document("_id", cohort.programId).append("roundId", "held-by-test")))
                .block();
        client.close();
    }

    static PairingEvent read(ConsumerRecord<String, byte[]> record) {
        return EventJson.readPairingEvent(TopicProbe.header(record, CloudEventHeaders.TYPE), record.value());
    }
}
