package org.peermentor.intake.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Answers.statusOf;
import static org.peermentor.intake.support.PairingEvents.accepted;
import static org.peermentor.intake.support.PairingEvents.proposed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.PairingEventsTopic;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.DeadLetterTopic;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.OwnBrokerAndStore;
import org.peermentor.testkit.TestIssuer;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pairing-event listener under faults: an event that arrives while MongoDB is away is neither skipped nor
 * dead-lettered, the status follows once it is back; a record that cannot be read goes to {@code pairing-events.DLT}
 * and the next one is applied.
 */
class ListenerFaultsTest extends OwnBrokerAndStore {

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

    @Test
    void aStatusChangePublishedWhileTheStoreIsAwayIsMadeOnceItIsBack() {
        DeadLetterTopic deadLetters = new DeadLetterTopic(kafka.bootstrapServers(), Topics.PAIRING_EVENTS);
        long deadLettersBefore = deadLetters.count();
        String id = RunningIntake.register(http(), "/api/participants", Bodies.participantIn(Bodies.newProgram()));
        try (PairingEventsTopic pairingEvents = new PairingEventsTopic(kafka.bootstrapServers())) {
            pairingEvents.publish(proposed("pr-1", id, 1));
            awaitStatus(id, "PROPOSED");

            mongo.stop();
            pairingEvents.publish(accepted("pr-1", id, 2));
            // while the store is away, tries keep failing and the event may not be committed as done
            GroupOffsets.awaitLagHeldAt(1, kafka.bootstrapServers(), "participant-status", Topics.PAIRING_EVENTS);
            mongo.start();
        }

        awaitStatus(id, "MATCHED");
        assertThat(deadLetters.count()).isEqualTo(deadLettersBefore);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        String id = RunningIntake.register(http(), "/api/participants", Bodies.participantIn(Bodies.newProgram()));
        try (PairingEventsTopic pairingEvents = new PairingEventsTopic(kafka.bootstrapServers())) {
            pairingEvents.publishUnreadable("poison-1", "{not JSON".getBytes(StandardCharsets.UTF_8));
            pairingEvents.publish(proposed("pr-2", id, 1));
        }

        awaitStatus(id, "PROPOSED");
        DeadLetterTopic deadLetters = new DeadLetterTopic(kafka.bootstrapServers(), Topics.PAIRING_EVENTS);
        assertThat(deadLetters.awaitGroupThatGaveUp("poison-1")).isEqualTo("participant-status");
        // kept a week, though the topic existed before the service started with 30 days
        assertThat(deadLetters.retention()).as("dead letters are kept a week").isEqualTo(Duration.ofDays(7));
    }

    private WebTestClient http() {
        return RunningIntake.clientAs(port, TestIssuer.intake());
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(90)).until(() -> status.equals(statusOf(http(), id)));
    }
}
