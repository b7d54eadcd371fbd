package org.peermentor.intake.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Answers.statusOf;
import static org.peermentor.intake.support.Pairings.accepted;
import static org.peermentor.intake.support.Pairings.proposed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMongo;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.PairingEventsTopic;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pairing-event listener under faults: an event that arrives while MongoDB is away is neither skipped nor
 * dead-lettered, the status follows once it is back; a record that cannot be read goes to {@code pairing-events.DLT}
 * and the next one is applied.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its broker and store are its own, stopped and started by the test
class ListenerFaultsTest {

    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();
    private static final EmbeddedMongo mongo = SharedInfrastructure.startMongo();

    @LocalServerPort
    int port;

    static {
        // as an earlier version left it: created by the broker on the first dead letter, with the broker's retention
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topics.PAIRING_EVENTS + ".DLT", 1, (short) 1)
                            .configs(Map.of(
                                    "retention.ms",
                                    Long.toString(Duration.ofDays(30).toMillis())))))
                    .all()
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // the driver gives up on a server that is away after a second instead of 30: each try fails fast
        SharedInfrastructure.connect(registry::add, kafka, mongo, "intake?serverSelectionTimeoutMS=1000");
    }

    @Test
    void aStatusChangePublishedWhileTheStoreIsAwayIsMadeOnceItIsBack() {
        long deadLettersBefore = GroupOffsets.records(kafka.bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT");
        String id = RunningIntake.register(http(), "/api/participants", Bodies.participantIn(Bodies.newProgram()));
        try (PairingEventsTopic pairingEvents = new PairingEventsTopic(kafka.bootstrapServers())) {
            pairingEvents.publish(proposed("pr-1", id, 1));
            awaitStatus(id, "PROPOSED");

            mongo.stop();
            pairingEvents.publish(accepted("pr-1", id, 2));
            // while the store is away, tries keep failing and the event may not be committed as done
            await().during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> GroupOffsets.lag(kafka.bootstrapServers(), "participant-status", Topics.PAIRING_EVENTS)
                            == 1);
            mongo.start();
        }

        awaitStatus(id, "MATCHED");
        assertThat(GroupOffsets.records(kafka.bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT"))
                .isEqualTo(deadLettersBefore);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        String id = RunningIntake.register(http(), "/api/participants", Bodies.participantIn(Bodies.newProgram()));
        try (PairingEventsTopic pairingEvents = new PairingEventsTopic(kafka.bootstrapServers())) {
            pairingEvents.publishUnreadable("poison-1", "{not JSON".getBytes(StandardCharsets.UTF_8));
            pairingEvents.publish(proposed("pr-2", id, 1));
        }

        awaitStatus(id, "PROPOSED");
        try (TopicProbe deadLetters = new TopicProbe(kafka.bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT")) {
            ConsumerRecord<String, byte[]> letter = deadLetters
                    .awaitRecords("poison-1", records -> !records.isEmpty())
                    .get(0);
            assertThat(TopicProbe.header(letter, "kafka_dlt-original-consumer-group"))
                    .isEqualTo("participant-status");
        }
        // kept a week, though the topic existed before the service started with 30 days
        assertThat(GroupOffsets.topicSetting(kafka.bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT", "retention.ms"))
                .as("dead letters are kept a week")
                .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + TestIssuer.intake())
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(90)).until(() -> status.equals(statusOf(http(), id)));
    }
}
