package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;

/** The contact directory keeps the newest profile version, whatever order versions arrive in, and honours withdrawal. */
class ContactDirectoryTest extends RunningNotification {

    private final Person ana = Person.participant();
    private final Person bea = Person.mentor();

    @Test
    void aReplayedOlderProfileVersionChangesNothing() {
        Person renamed = bea.next().withFirstName("Beatriz").withEmail("beatriz+" + bea.id() + "@example.org");
        register(ana, bea, renamed);
        // version 1 again, after version 2; the pairing follows once the directory has seen it
        awaitConsumed("notification-service", publish(bea.changed()));

        PairingFixture pairing = PairingFixture.of(ana, bea);
        publish(pairing.approved());

        awaitPairingLog(pairing.id(), 1, "SENT");
        List<InboxMessage> emails = emailsTo(renamed.email());
        assertThat(emails)
                .singleElement()
                .satisfies(email -> assertThat(email.text()).contains("Hello Beatriz,"));
        assertThat(emailsTo(bea.email())).isEmpty();
    }

    @Test
    void theDirectoryKeepsOnlyWhatMailNeedsAndAFinishedDeliveryKeepsNoToken() {
        PairingFixture pairing = registered(ana, bea);
        publish(pairing.approved());

        String deliveryId = awaitPairingLog(pairing.id(), 1, "SENT").get(0).id();
        Document contact = mongo.findById(ana.id(), Document.class, "contacts").block();
        Document delivery =
                mongo.findById(deliveryId, Document.class, "deliveries").block();

        // the languages choose the language of their emails
        assertThat(contact)
                .containsOnlyKeys(
                        "_id",
                        "role",
                        "programId",
                        "firstName",
                        "email",
                        "timezone",
                        "contactByEmail",
                        "version",
                        "withdrawn",
                        "languages");
        assertThat(contact.toJson()).doesNotContain("Silva", "+1555", "ALCOHOL_USE", "ANXIETY");
        assertThat(delivery).doesNotContainKey("content");
        assertThat(delivery.toJson()).doesNotContain("token-");
    }

    @Test
    void aWithdrawnParticipantIsNotEmailedAndTheLogSaysWhy() {
        register(ana, bea);
        awaitConsumed("notification-service", publish(ana.next().withdrawn()));
        PairingFixture pairing = PairingFixture.of(ana, bea);

        publish(pairing.accepted());

        List<DeliveryLogLine> log = awaitPairingLog(pairing.id(), 1, "SKIPPED_NO_CONSENT");
        assertThat(log.get(0))
                .extracting(DeliveryLogLine::reason, DeliveryLogLine::recipient)
                .containsExactly("WITHDRAWN", ana.email());
        assertThat(emailsTo(ana.email())).isEmpty();
    }

    @Test
    void pairingEventsThatAreNotForMailAreReadAndLeaveNoTrace() {
        PairingFixture pairing = registered(ana, bea);

        publish(pairing.proposed());
        publish(pairing.approved()); // same key, same partition: read after the one before it

        List<DeliveryLogLine> log = awaitPairingLog(pairing.id(), 1, "SENT");
        assertThat(log).extracting(DeliveryLogLine::type).containsExactly("PairingApproved");
    }
}
