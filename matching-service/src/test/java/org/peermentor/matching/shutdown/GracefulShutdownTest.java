package org.peermentor.matching.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.StartedMatching;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * A stop ends work honestly: a round cut short says it failed, changed nothing and frees its program, and the
 * profiles applied are committed, so the next start neither loses nor repeats them.
 */
class GracefulShutdownTest {

    private static final String DATABASE = "matching-shutdown";
    // a broker of its own: another matching context of this test run would share its consumer group
    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();

    @Test
    @SuppressWarnings("unchecked")
    void aRoundStillSolvingWhenTheServiceStopsIsMarkedFailedAndItsProgramUnlocked() {
        ConfigurableApplicationContext matching = start();
        WebTestClient http = client(matching);
        String programId;
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            programId = cohort.programId;
            for (int i = 0; i < 40; i++) {
                cohort.publish(cohort.participant("P" + i, "en", "GRIEF"));
            }
            for (int i = 0; i < 10; i++) {
                cohort.publish(cohort.mentor("M" + i, "en", "GRIEF", 3));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> waiting(http, programId) == 40);
        String roundId = (String) http.post()
                .uri("/api/programs/{p}/rounds", programId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"timeLimitSeconds\": 120}")
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");

        matching.close();

        try (MongoClient mongo =
                MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
            MongoDatabase store = mongo.getDatabase(DATABASE);
            Document round = Mono.from(store.getCollection("rounds")
                            .find(new Document("_id", roundId))
                            .first())
                    .block();
            assertThat(round.getString("status")).isEqualTo("FAILED");
            assertThat(round.get("round", Document.class).getString("failure")).contains("shutdown");
            assertThat(Mono.from(store.getCollection("round_locks").countDocuments(new Document("_id", programId)))
                            .block())
                    .isZero();
            assertThat(Mono.from(store.getCollection("pairings").countDocuments(new Document("programId", programId)))
                            .block())
                    .isZero();
        }
    }

    @Test
    void aStopCommitsTheOffsetOfEveryProfileItHadApplied() {
        ConfigurableApplicationContext matching = start();
        WebTestClient http = client(matching);
        String programId;
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            programId = cohort.programId;
            for (int i = 0; i < 60; i++) {
                cohort.publish(cohort.participant("P" + i, "en", "GRIEF"));
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> waiting(http, programId) == 60);

        matching.close();

        assertThat(GroupOffsets.lag(
                        kafka.bootstrapServers(),
                        "profile-replica",
                        Topics.PARTICIPANT_PROFILES,
                        Topics.MENTOR_PROFILES))
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private static int waiting(WebTestClient http, String programId) {
        return ((Number) http.get()
                        .uri("/api/programs/{p}/report", programId)
                        .exchange()
                        .expectBody(Map.class)
                        .returnResult()
                        .getResponseBody()
                        .get("waiting"))
                .intValue();
    }

    private static ConfigurableApplicationContext start() {
        return StartedMatching.start(
                kafka,
                DATABASE,
                // the round runs its whole time limit, so the stop finds it solving
                "--matching.rounds.unimproved-limit=120s",
                "--matching.rounds.default-settle-time=1h");
    }

    private static WebTestClient client(ConfigurableApplicationContext matching) {
        return StartedMatching.client(matching);
    }
}
