package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.support.EventPublisher;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.TopicProbe;

/** A record that cannot be read goes to its topic's dead-letter topic, unchanged, and the records after it flow on. */
class PoisonRecordTest extends RunningNotification {

    @Test
    void unreadablePairingRecordsAreDeadLetteredAndTheNextEventIsStillEmailed() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea);
        byte[] badJson = "{\"eventId\": \"e-1\", \"pairing\": ".getBytes(StandardCharsets.UTF_8);

        // all on the pairing's key, so in the good event's partition, ahead of it
        publisher().publish(Topics.PAIRING_EVENTS, pairing.id(), headers("PairingApproved"), badJson);
        publisher()
                .publish(
                        Topics.PAIRING_EVENTS,
                        pairing.id(),
                        headers("PairingTeleported"),
                        "{}".getBytes(StandardCharsets.UTF_8));
        publisher().publish(Topics.PAIRING_EVENTS, pairing.id(), headers(null), "{}".getBytes(StandardCharsets.UTF_8));
        publish(pairing.approved());

        awaitPairingLog(pairing.id(), 1, "SENT");
        assertThat(emailsTo(bea.email())).hasSize(1);
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS + ".DLT")) {
            List<ConsumerRecord<String, byte[]>> dead =
                    deadLetters.awaitRecords(pairing.id(), found -> found.size() >= 3);
            assertThat(dead).hasSize(3);
            assertThat(dead.get(0).value()).isEqualTo(badJson);
            assertThat(TopicProbe.header(dead.get(0), CloudEventHeaders.TYPE)).isEqualTo("PairingApproved");
            assertThat(TopicProbe.header(dead.get(0), "kafka_dlt-original-topic"))
                    .isEqualTo(Topics.PAIRING_EVENTS);
            assertThat(TopicProbe.header(dead.get(1), "kafka_dlt-exception-message"))
                    .contains("PairingTeleported");
            assertThat(TopicProbe.header(dead.get(2), "kafka_dlt-exception-message"))
                    .contains("ce_type");
        }
    }

    @Test
    void anUnreadableProfileRecordIsDeadLetteredAndLaterProfilesStillCount() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        byte[] notJson = "Ana Silva, +15550100".getBytes(StandardCharsets.UTF_8);

        publisher().publish(Topics.PARTICIPANT_PROFILES, ana.id(), headers("ParticipantProfileChanged"), notJson);
        PairingFixture pairing = registered(ana, bea);
        publish(pairing.accepted());

        awaitPairingLog(pairing.id(), 1, "SENT");
        assertThat(emailsTo(ana.email())).hasSize(1);
        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES + ".DLT")) {
            assertThat(deadLetters.awaitRecords(ana.id(), found -> !found.isEmpty()))
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo(notJson));
        }
    }

    @Test
    void deadLettersHoldingPersonalDataAreKeptAWeekNotForEver() {
        for (String topic : List.of(Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES, Topics.PAIRING_EVENTS)) {
            assertThat(GroupOffsets.topicSetting(bootstrapServers(), topic + ".DLT", "retention.ms"))
                    .as(topic + ".DLT")
                    .isEqualTo(Long.toString(Duration.ofDays(7).toMillis()));
        }
    }

    private static Map<String, String> headers(String type) {
        return EventPublisher.headers("e-" + UUID.randomUUID(), type, "/matching-service", Instant.now(), "poison");
    }
}
