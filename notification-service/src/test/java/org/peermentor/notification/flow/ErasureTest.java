package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.EventPublisher;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.TopicProbe;

/**
 * A tombstone on a profile topic erases the person: the contact directory and the delivery log keep none of their
 * name, email or phone, mail still waiting for them or about them is never sent and the log says why, and what
 * was sent before still counts, anonymously. Tombstones for unknown people and replays are simply handled.
 */
class ErasureTest extends RunningNotification {

    private static final String GROUP = "notification-service";

    @Test
    void anErasedParticipantLeavesNoNameEmailOrPhoneBehindAndTheirWaitingMailIsNeverSent() {
        Person ana = Person.participant().withPlantedValues();
        Person eve = Person.participant();
        Person bea = Person.mentor();
        Person dan = Person.mentor();
        Person fay = Person.mentor();
        register(ana, eve, bea);
        PairingFixture introduced = PairingFixture.of(ana, bea);
        publish(introduced.approved());
        publish(introduced.accepted());
        awaitPairingLog(introduced.id(), 2, "SENT");
        // dan's and fay's profiles are not in yet: these wait, and would be sent the moment they arrive
        PairingFixture toAna = PairingFixture.of(ana, dan);
        PairingFixture toEve = PairingFixture.of(eve, dan);
        PairingFixture aboutAna = PairingFixture.of(ana, fay);
        publish(toAna.accepted());
        publish(toEve.accepted());
        publish(aboutAna.approved());
        awaitWaiting(toAna, "PARTNER_UNKNOWN");
        awaitWaiting(toEve, "PARTNER_UNKNOWN");
        awaitWaiting(aboutAna, "CONTACT_UNKNOWN");
        assertThat(storedJson())
                .as("before erasure the stores hold her name and address")
                .contains(ana.firstName(), ana.email());

        awaitConsumed(GROUP, erase(ana));
        register(dan, fay);

        awaitPairingLog(toEve.id(), 1, "SENT"); // what would have happened to ana's, had she not been erased
        assertThat(emailsTo(eve.email())).hasSize(1);
        assertThat(deliveryLog("pairingId=" + toAna.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .extracting(DeliveryLogLine::status, DeliveryLogLine::reason)
                        .containsExactly("SKIPPED_NO_CONSENT", "ERASED"));
        assertThat(deliveryLog("pairingId=" + aboutAna.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .extracting(DeliveryLogLine::status, DeliveryLogLine::reason)
                        .containsExactly("SKIPPED_NO_CONSENT", "PARTNER_ERASED"));
        assertThat(emailsTo(ana.email()))
                .as("only the introduction sent before erasure")
                .hasSize(1);
        assertThat(emailsTo(fay.email())).isEmpty();

        assertThat(mongo.findById(ana.id(), Document.class, "contacts").block()).isNull();
        String stored = storedJson();
        for (String planted : ana.plantedValues()) {
            assertThat(stored).doesNotContain(planted);
        }
        assertThat(deliveryLog("pairingId=" + introduced.id()))
                .as("what was sent still counts, without her address")
                .extracting(DeliveryLogLine::recipientRole, DeliveryLogLine::status, DeliveryLogLine::recipient)
                .containsExactlyInAnyOrder(tuple("MENTOR", "SENT", bea.email()), tuple("PARTICIPANT", "SENT", null));
        assertThat(deliveryLog(param("recipient", ana.email()))).isEmpty();
    }

    @Test
    void anErasedMentorLeavesNoNameEmailOrPhoneBehind() {
        Person ana = Person.participant();
        Person bea = Person.mentor().withPlantedValues();
        register(ana, bea);
        PairingFixture pairing = PairingFixture.of(ana, bea);
        publish(pairing.approved());
        awaitPairingLog(pairing.id(), 1, "SENT");
        assertThat(storedJson()).contains(bea.firstName(), bea.email());

        awaitConsumed(GROUP, erase(bea));

        assertThat(mongo.findById(bea.id(), Document.class, "contacts").block()).isNull();
        String stored = storedJson();
        for (String planted : bea.plantedValues()) {
            assertThat(stored).doesNotContain(planted);
        }
        assertThat(deliveryLog("pairingId=" + pairing.id()))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .extracting(DeliveryLogLine::status, DeliveryLogLine::recipient)
                        .containsExactly("SENT", null));
    }

    @Test
    void tombstonesForUnknownPeopleAndReplayedTombstonesAreHandledNeverDeadLettered() {
        Person nobody = Person.participant();
        Person ana = Person.participant();
        register(ana);
        byte[] poison = "not a profile".getBytes(StandardCharsets.UTF_8);

        erase(nobody);
        erase(nobody);
        erase(ana);
        awaitConsumed(GROUP, erase(ana));
        // on the same key, hence the same partition, after the tombstones: once it is dead-lettered, they were handled
        publisher()
                .publish(
                        Topics.PARTICIPANT_PROFILES,
                        nobody.id(),
                        EventPublisher.headers(
                                "e-" + UUID.randomUUID(),
                                "ParticipantProfileChanged",
                                "/intake-service",
                                Instant.now(),
                                nobody.id()),
                        poison);

        try (TopicProbe deadLetters = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES + ".DLT")) {
            List<ConsumerRecord<String, byte[]>> dead =
                    deadLetters.awaitRecords(nobody.id(), found -> !found.isEmpty());
            assertThat(dead)
                    .singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo(poison));
            assertThat(deadLetters.recordsWithKey(ana.id())).isEmpty();
        }
        assertThat(mongo.findById(ana.id(), Document.class, "contacts").block()).isNull();
    }

    private void awaitWaiting(PairingFixture pairing, String reason) {
        awaitDeliveryLog(
                "pairingId=" + pairing.id(),
                log -> log.size() == 1
                        && "PENDING".equals(log.get(0).status())
                        && reason.equals(log.get(0).reason()));
    }

    /** Everything the service stores, every collection, as MongoDB holds it. */
    private String storedJson() {
        StringBuilder all = new StringBuilder();
        for (String collection : mongo.getCollectionNames().toIterable()) {
            mongo.findAll(Document.class, collection)
                    .map(Document::toJson)
                    .toIterable()
                    .forEach(all::append);
        }
        return all.toString();
    }
}
