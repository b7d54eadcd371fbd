package org.peermentor.intake.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.IntakeApplication;
import org.peermentor.intake.support.Bodies;
import org.peermentor.localstack.testing.SharedInfrastructure;
import org.peermentor.localstack.testing.TestIssuer;
import org.peermentor.localstack.testing.TopicProbe;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** A graceful stop leaves nothing it had accepted unpublished. */
class GracefulShutdownTest {

    private static final String DATABASE = "intake-shutdown";

    @Test
    void aStopPublishesEveryRegistrationItHadAcceptedBeforeTheServiceEnds() {
        String programId = "shutdown-" + UUID.randomUUID().toString().substring(0, 8);
        // the relay's own loop never gets to run: whatever is published, the stop publishes, 20 documents a pass
        ConfigurableApplicationContext intake = start("--intake.relay.tick=1h", "--intake.relay.sweep-interval=1h",
                "--intake.relay.batch-size=20");
        List<String> ids = new ArrayList<>();
        WebTestClient http = client(intake);
        for (int i = 0; i < 100; i++) {
            ids.add(http.post().uri("/api/participants").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Bodies.json(Bodies.participantIn(programId))).exchange()
                    .expectStatus().isCreated()
                    .expectBody(Document.class).returnResult().getResponseBody().getString("id"));
        }

        intake.close();

        try (TopicProbe topic = new TopicProbe(SharedInfrastructure.kafka().bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.records().stream()
                    .map(record -> record.key()).collect(Collectors.toSet()).containsAll(ids));
        }
        assertThat(stillWaiting(programId)).isZero();
    }

    private static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
                "--spring.mongodb.uri=" + SharedInfrastructure.mongo().connectionString() + "/" + DATABASE,
                "--" + TestIssuer.PUBLIC_KEY_PROPERTY + "=" + TestIssuer.publicKeyLocation(),
                "--peermentor.rate-limits.enabled=false"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(IntakeApplication.class).run(args.toArray(String[]::new));
    }

    private static WebTestClient client(ConfigurableApplicationContext intake) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + intake.getEnvironment().getProperty("local.server.port"))
                .defaultHeader("Authorization", "Bearer " + TestIssuer.intake())
                .build();
    }

    private static long stillWaiting(String programId) {
        try (MongoClient mongo = MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
            return Mono.from(mongo.getDatabase(DATABASE).getCollection("participants").countDocuments(
                    new Document("programId", programId).append("outbox.eventId", new Document("$exists", true))))
                    .block(Duration.ofSeconds(30));
        }
    }
}
