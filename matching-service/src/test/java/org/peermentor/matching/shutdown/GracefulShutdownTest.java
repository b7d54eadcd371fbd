package org.peermentor.matching.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.RunningMatching;
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
    void aRoundStillSolvingWhenTheServiceStopsIsMarkedFailedAndItsProgramUnlocked() {
        ConfigurableApplicationContext matching = start();
        WebTestClient http = client(matching);
        String programId = replicatedProgram(http, 40, 10);
        String roundId = RunningMatching.startedRound(http.post()
                .uri("/api/programs/{p}/rounds", programId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"timeLimitSeconds\": 120}")
                .exchange());

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
        replicatedProgram(http, 60, 0);

        matching.close();

        assertThat(GroupOffsets.lag(
                        kafka.bootstrapServers(),
                        "profile-replica",
                        Topics.PARTICIPANT_PROFILES,
                        Topics.MENTOR_PROFILES))
                .isZero();
    }

    /**
     * A program of this many participants and mentors (three places each), all in English with GRIEF, published and
     * waiting in the service's replica.
     */
    private static String replicatedProgram(WebTestClient http, int participants, int mentors) {
        String programId;
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            programId = cohort.programId;
            for (int i = 0; i < participants; i++) {
                cohort.publish(cohort.participant("P" + i, "en", "GRIEF"));
            }
            for (int i = 0; i < mentors; i++) {
                cohort.publish(cohort.mentor("M" + i, "en", "GRIEF", 3));
            }
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> RunningMatching.report(http, programId).waiting() == participants);
        return programId;
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
