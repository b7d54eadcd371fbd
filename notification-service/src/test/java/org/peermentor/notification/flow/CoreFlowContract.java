package org.peermentor.notification.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.notification.support.DeliveryLogLine;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.TestSettings;

/**
 * The story every deployment must tell, wherever its Kafka and MongoDB run: profiles arrive, a pairing is
 * approved and the mentor gets one email with the answer link; the mentor accepts and the participant is
 * introduced — or, without their consent, is not, and the log says so.
 */
interface CoreFlowContract {

    RecordMetadata publish(ProfileEvent event);

    RecordMetadata publish(PairingEvent event);

    /** Publishes both people's profiles, then pairs them. */
    PairingFixture registered(Person participant, Person mentor);

    List<InboxMessage> emailsTo(String address);

    List<InboxMessage> awaitEmailsTo(String address, int count);

    List<DeliveryLogLine> awaitPairingLog(String pairingId, int count, String status);

    List<DeliveryLogLine> awaitDeliveryLog(String query, Predicate<List<DeliveryLogLine>> done);

    @Test
    default void anApprovedPairingEmailsTheMentorOnceWithTheAnswerLink() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea);
        PairingApproved approved = pairing.approved("tok-123");

        publish(approved);

        List<DeliveryLogLine> log = awaitPairingLog(pairing.id(), 1, "SENT");
        List<InboxMessage> emails = emailsTo(bea.email());
        assertThat(emails).hasSize(1);
        InboxMessage email = emails.get(0);
        assertThat(email.subject()).isEqualTo("A new mentee would like to meet you");
        assertThat(email.messageId()).isEqualTo(approved.eventId() + ".mentor@peer-mentor.local");
        assertThat(email.text())
                .contains("Hello Bea,")
                .contains("Ana has been paired with you")
                .contains("your support with alcohol use")
                .contains("Wednesdays, 01:00–02:00")
                .contains("Europe/Warsaw")
                .contains(TestSettings.MATCHING_BASE_URL + "/api/pairings/" + pairing.id() + "/response?token=tok-123")
                .doesNotContain("Silva", "ALCOHOL_USE", ana.email(), "18:00");
        assertThat(email.html())
                .contains("href=\"" + TestSettings.MATCHING_BASE_URL + "/api/pairings/" + pairing.id()
                        + "/response?token=tok-123\"")
                .contains("<strong>Ana</strong>");
        assertThat(log.get(0))
                .extracting(
                        DeliveryLogLine::eventId,
                        DeliveryLogLine::type,
                        DeliveryLogLine::recipient,
                        DeliveryLogLine::attempts)
                .containsExactly(approved.eventId(), "PairingApproved", bea.email(), 1);
        assertThat(log.get(0).sentAt()).isNotNull();
    }

    @Test
    default void anAcceptedPairingIntroducesTheMentorToTheParticipant() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea).withFormats(Format.ONLINE, Format.IN_PERSON);

        publish(pairing.approved());
        publish(pairing.accepted());

        awaitPairingLog(pairing.id(), 2, "SENT");
        List<InboxMessage> emails = emailsTo(ana.email());
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).subject()).isEqualTo("Meet your peer mentor");
        assertThat(emails.get(0).text())
                .contains("Hello Ana,")
                .contains("Bea has agreed to be your peer mentor")
                .contains("You can meet online or in person")
                .contains("Tuesdays, 18:00–19:00")
                .contains("America/Chicago")
                .doesNotContain("Nowak", bea.email(), "alcohol", "ALCOHOL_USE", "01:00");
        assertThat(emailsTo(bea.email())).hasSize(1);
    }

    @Test
    default void aParticipantWhoDidNotConsentToEmailGetsNoneAndTheLogSaysSo() {
        Person ana = Person.participant().withEmailConsent(false);
        Person bea = Person.mentor();
        PairingFixture pairing = registered(ana, bea);

        publish(pairing.approved());
        publish(pairing.accepted());

        List<DeliveryLogLine> log = awaitDeliveryLog(
                "pairingId=" + pairing.id(),
                entries ->
                        entries.size() == 2 && entries.stream().noneMatch(entry -> "PENDING".equals(entry.status())));
        assertThat(log)
                .extracting(DeliveryLogLine::type, DeliveryLogLine::status, DeliveryLogLine::reason)
                .containsExactlyInAnyOrder(
                        tuple("PairingApproved", "SENT", null),
                        tuple("PairingAccepted", "SKIPPED_NO_CONSENT", "NO_EMAIL_CONSENT"));
        assertThat(emailsTo(ana.email())).isEmpty();
        assertThat(emailsTo(bea.email())).hasSize(1);
    }
}
