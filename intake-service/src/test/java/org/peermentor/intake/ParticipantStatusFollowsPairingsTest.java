package org.peermentor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Answers.statusOf;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.PairingEvents.accepted;
import static org.peermentor.intake.support.PairingEvents.proposed;
import static org.peermentor.intake.support.PairingEvents.rejected;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.PairingEventsTopic;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TopicProbe;

/** Intake staff see a participant's status move with their pairings, whatever order the events arrive in. */
class ParticipantStatusFollowsPairingsTest extends RunningIntake {

    private PairingEventsTopic pairingEvents;

    @BeforeEach
    void producer() {
        pairingEvents = new PairingEventsTopic(bootstrapServers());
    }

    @AfterEach
    void close() {
        pairingEvents.close();
    }

    @Test
    void theStatusFollowsProposalAcceptanceAndRejection() {
        String id = registerParticipant(newProgram());

        pairingEvents.publish(proposed("pr-1", id, 1));
        awaitStatus(id, "PROPOSED");
        pairingEvents.publish(rejected("pr-1", id, 2, "no"));
        awaitStatus(id, "WAITING");
        pairingEvents.publish(accepted("pr-2", id, 4));
        awaitStatus(id, "MATCHED");
    }

    @Test
    void aLateOrRepeatedEventNeverMovesTheStatusBack() {
        String id = registerParticipant(newProgram());
        PairingEvent accepted = accepted("pr-1", id, 3);
        pairingEvents.publish(accepted);
        awaitStatus(id, "MATCHED");

        pairingEvents.publish(proposed("pr-1", id, 1));
        pairingEvents.publish(accepted);
        String marker = registerParticipant(newProgram());
        pairingEvents.publish(proposed("pr-9", marker, 1));
        awaitStatus(marker, "PROPOSED");

        http.get()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("MATCHED")
                .jsonPath("$.version")
                .isEqualTo(2);
    }

    @Test
    void aBurstOfEventsEndsAtTheStatusOfTheHighestSequenceWhateverTheirOrder() {
        String id = registerParticipant(newProgram());

        pairingEvents.publish(proposed("pr-1", id, 1));
        pairingEvents.publish(accepted("pr-1", id, 3));
        pairingEvents.publish(rejected("pr-2", id, 2, "late"));
        String marker = registerParticipant(newProgram());
        pairingEvents.publish(proposed("pr-2", marker, 1));
        awaitStatus(marker, "PROPOSED");

        awaitStatus(id, "MATCHED");
    }

    @Test
    void anUnreadablePairingEventIsDeadLetteredAndTheNextStillMovesTheStatus() {
        String id = registerParticipant(newProgram());
        byte[] notJson = "{\"pairing\": ".getBytes(StandardCharsets.UTF_8);

        // same key as the good event: the same partition, ahead of it
        pairingEvents.publishUnreadable("pr-poison-" + id, notJson);
        pairingEvents.publish(proposed("pr-poison-" + id, id, 1));

        awaitStatus(id, "PROPOSED");
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT")) {
            assertThat(deadLetters.awaitRecords("pr-poison-" + id, found -> !found.isEmpty()))
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo(notJson));
        }
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(statusOf(http, id)));
    }
}
