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
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.round.RoundStatus;
import org.peermentor.matching.round.RoundView;
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

        RoundView round = round(null);

        assertThat(round.status()).isEqualTo(RoundStatus.COMPLETED);
        assertThat(round.matchedCount()).isEqualTo(2);
        assertThat(round.unmatchedCount()).isEqualTo(1);
        assertThat(round.pairings()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo("PROPOSED");
            assertThat(p.explanation()).isNotEmpty();
        });
        RoundView.Unmatched unmatched = round.unmatched().get(0);
        assertThat(unmatched.participantId()).isEqualTo(polish.id());
        assertThat(String.join(" ", unmatched.reasons())).contains("pl");

        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            for (RoundView.Pairing pairing : round.pairings()) {
                ConsumerRecord<String, byte[]> record =
                        events.awaitRecords(pairing.id(), r -> !r.isEmpty()).get(0);
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
        assertThat(pairing(pairingId).status()).isEqualTo(PairingStatus.APPROVED);

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
        assertThat(pairing(pairingId).status()).isEqualTo(PairingStatus.ACCEPTED);
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

        RoundView again = round(null);
        assertThat(again.matchedCount()).isZero();
        assertThat(String.join(" ", again.unmatched().get(0).reasons())).contains("H7");
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
        RoundView.Pairing pairing = round(null).pairings().get(0);
        assertThat(pairing.mentorId()).isEqualTo(second.id());
        String id = pairing.id();
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
        assertThat(round(null).matchedCount()).isZero();
        assertThat(pairings(PairingStatus.APPROVED)).hasSize(1);
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

        RoundView round = round(null);

        assertThat(round.pairings()).extracting(RoundView.Pairing::mentorId).containsExactly(english.id());
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
        RoundView real = round(null);

        RoundView dry = round("{\"dryRun\":true,\"weights\":{\"overlap\":0}}");

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.matchedCount()).isEqualTo(1);
        assertThat(dry.comparedTo().roundId()).isEqualTo(real.id());
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

        RoundView round = round(null);

        assertThat(round.pairings()).extracting(RoundView.Pairing::status).containsExactly("APPROVED");
    }

    @Test
    void freedCapacityStartsARoundByItself() {
        changeSettings(cohort.programId, "{\"settleTimeSeconds\":1}")
                .expectStatus()
                .isOk();
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> pairings(PairingStatus.PROPOSED).size() == 1);
    }

    private String proposeOnePairing() {
        cohort.publish(cohort.participant("Ana", "es", "ALCOHOL_USE"));
        cohort.publish(cohort.mentor("Mia", "es", "ALCOHOL_USE", 1));
        awaitReplica(1, 1);
        return round(null).pairings().get(0).id();
    }

    private PairingEvent lastEvent(String pairingId) {
        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            PairingStatus status = pairing(pairingId).status();
            List<ConsumerRecord<String, byte[]>> records = events.awaitRecords(
                    pairingId,
                    r -> !r.isEmpty() && read(r.get(r.size() - 1)).pairing().status() == status);
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
