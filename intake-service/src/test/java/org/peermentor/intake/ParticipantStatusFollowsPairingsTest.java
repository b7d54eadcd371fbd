package org.peermentor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;
import static org.peermentor.intake.support.Pairings.pairing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingProposed;
import org.peermentor.contracts.PairingRejected;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TopicProbe;

/** Intake staff see a participant's status move with their pairings, whatever order the events arrive in. */
class ParticipantStatusFollowsPairingsTest extends RunningIntake {

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void theStatusFollowsProposalAcceptanceAndRejection() {
        String id = register("/api/participants", participantIn(newProgram()));

        publish(new PairingProposed(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-1",
                pairing("pr-1", id, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1)));
        awaitStatus(id, "PROPOSED");
        publish(new PairingRejected(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-1",
                pairing("pr-1", id, PairingStatus.REJECTED, ProfileStatus.WAITING, 2),
                "no"));
        awaitStatus(id, "WAITING");
        publish(new PairingAccepted(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-2",
                pairing("pr-2", id, PairingStatus.ACCEPTED, ProfileStatus.MATCHED, 4)));
        awaitStatus(id, "MATCHED");
    }

    @Test
    void aLateOrRepeatedEventNeverMovesTheStatusBack() {
        String id = register("/api/participants", participantIn(newProgram()));
        PairingEvent accepted = new PairingAccepted(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-1",
                pairing("pr-1", id, PairingStatus.ACCEPTED, ProfileStatus.MATCHED, 3));
        publish(accepted);
        awaitStatus(id, "MATCHED");

        publish(new PairingProposed(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-1",
                pairing("pr-1", id, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1)));
        publish(accepted);
        String marker = register("/api/participants", participantIn(newProgram()));
        publish(new PairingProposed(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-9",
                pairing("pr-9", marker, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1)));
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
        String id = register("/api/participants", participantIn(newProgram()));

        publish(new PairingProposed(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-1",
                pairing("pr-1", id, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1)));
        publish(new PairingAccepted(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-1",
                pairing("pr-1", id, PairingStatus.ACCEPTED, ProfileStatus.MATCHED, 3)));
        publish(new PairingRejected(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-2",
                pairing("pr-2", id, PairingStatus.REJECTED, ProfileStatus.WAITING, 2),
                "late"));
        String marker = register("/api/participants", participantIn(newProgram()));
        publish(new PairingProposed(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-2",
                pairing("pr-2", marker, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1)));
        awaitStatus(marker, "PROPOSED");

        awaitStatus(id, "MATCHED");
    }

    @Test
    void anUnreadablePairingEventIsDeadLetteredAndTheNextStillMovesTheStatus() {
        String id = register("/api/participants", participantIn(newProgram()));
        byte[] notJson = "{\"pairing\": ".getBytes(StandardCharsets.UTF_8);

        // same key as the good event: the same partition, ahead of it
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.PAIRING_EVENTS, "pr-poison-" + id, notJson);
        poison.headers().add(CloudEventHeaders.TYPE, "PairingProposed".getBytes(StandardCharsets.UTF_8));
        send(poison);
        publish(new PairingProposed(
                UUID.randomUUID().toString(),
                Instant.now(),
                "pr-poison-" + id,
                pairing("pr-poison-" + id, id, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, 1)));

        awaitStatus(id, "PROPOSED");
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT")) {
            assertThat(deadLetters.awaitRecords("pr-poison-" + id, found -> !found.isEmpty()))
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo(notJson));
        }
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.equals(http.get()
                        .uri("/api/participants/{id}", id)
                        .exchange()
                        .expectBody(Map.class)
                        .returnResult()
                        .getResponseBody()
                        .get("status")));
    }

    private void publish(PairingEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(Topics.PAIRING_EVENTS, event.pairingId(), EventJson.write(event));
        record.headers().add(CloudEventHeaders.TYPE, event.type().getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
