package org.peermentor.intake.shutdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.intake.IntakeApplication;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** A graceful stop answers the requests under way and leaves nothing it had accepted unpublished. */
class GracefulShutdownTest {

    private static final String DATABASE = "intake-shutdown";

    @Test
    void aStopPublishesEveryRegistrationItHadAcceptedBeforeTheServiceEnds() {
        String programId = "shutdown-" + UUID.randomUUID().toString().substring(0, 8);
        // the relay's own loop never gets to run: whatever is published, the stop publishes, 20 documents a pass
        ConfigurableApplicationContext intake =
                start("--intake.relay.tick=1h", "--intake.relay.sweep-interval=1h", "--intake.relay.batch-size=20");
        List<String> ids = new ArrayList<>();
        WebTestClient http = client(intake);
        for (int i = 0; i < 100; i++) {
            ids.add(RunningIntake.register(http, "/api/participants", Bodies.participantIn(programId)));
        }

        intake.close();

        try (TopicProbe topic =
                new TopicProbe(SharedInfrastructure.kafka().bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> topic.records().stream()
                            .map(record -> record.key())
                            .collect(Collectors.toSet())
                            .containsAll(ids));
        }
        assertThat(stillWaiting(programId)).isZero();
    }

    @Test
    void aRegistrationUnderWayWhenTheStopBeginsIsAnsweredAndPublished() {
        EmbeddedMongo mongo = SharedInfrastructure.startMongo();
        ConfigurableApplicationContext intake = startOn(mongo.connectionString());
        int port = port(intake);
        WebTestClient http =
                client(intake).mutate().responseTimeout(Duration.ofSeconds(60)).build();
        // once the service has seen the store go, a registration waits for it (up to the driver's 30 s), so it is
        // still under way when the stop begins
        mongo.stop();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> http.get()
                                .uri("/actuator/health/readiness")
                                .exchange()
                                .returnResult(String.class)
                                .getStatus()
                                .value()
                        == 503);
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> RunningIntake.register(
                http,
                "/api/participants",
                Bodies.participantIn("shutdown-" + UUID.randomUUID().toString().substring(0, 8))));
        MeterRegistry meters = intake.getBean(MeterRegistry.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> requestsUnderWay(meters) == 1);

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(intake::close);
        await().atMost(Duration.ofSeconds(30)).until(() -> !accepts(port)); // new connections are refused now
        mongo.start();

        String id = answer.join();
        stopping.join();
        try (TopicProbe topic =
                new TopicProbe(SharedInfrastructure.kafka().bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            assertThat(topic.awaitRecords(id, records -> !records.isEmpty())).hasSize(1);
        }
        mongo.close();
    }

    private static double requestsUnderWay(MeterRegistry meters) {
        LongTaskTimer active = meters.find("http.server.requests.active").longTaskTimer();
        return active == null ? 0 : active.activeTasks();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static ConfigurableApplicationContext start(String... settings) {
        return startOn(SharedInfrastructure.mongo().connectionString(), settings);
    }

    private static ConfigurableApplicationContext startOn(String mongo, String... settings) {
        List<String> args =
                SharedInfrastructure.arguments(SharedInfrastructure.kafka().bootstrapServers(), mongo + "/" + DATABASE);
        args.add("--peermentor.rate-limits.enabled=false");
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(IntakeApplication.class).run(args.toArray(String[]::new));
    }

    private static WebTestClient client(ConfigurableApplicationContext intake) {
        return RunningIntake.clientAs(port(intake), TestIssuer.intake());
    }

    private static int port(ConfigurableApplicationContext intake) {
        return intake.getEnvironment().getProperty("local.server.port", Integer.class);
    }

    private static long stillWaiting(String programId) {
        try (MongoClient mongo =
                MongoClients.create(SharedInfrastructure.mongo().connectionString())) {
            return Mono.from(mongo.getDatabase(DATABASE)
                            .getCollection("participants")
                            .countDocuments(new Document("programId", programId)
                                    .append("outbox.eventId", new Document("$exists", true))))
                    .block(Duration.ofSeconds(30));
        }
    }
}
