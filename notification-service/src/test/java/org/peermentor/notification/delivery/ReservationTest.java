package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.words.IssueWords;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.ContactDirectory;
import org.peermentor.notification.mail.EmailComposer;
import org.peermentor.notification.mail.Mailer;
import org.peermentor.notification.mail.SmtpSecurity;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A delivery is handed to SMTP only while at least half of its reservation is left, so no other sender can take it
 * up while the attempt may still run. One whose reservation is running out is reserved again first, then sent once.
 */
class ReservationTest {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MongoClient client =
            MongoClients.create(SharedInfrastructure.mongo().connectionString());
    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "notification-reservations");
    private DeliverySender sender;

    @Test
    void aDeliveryWhoseReservationIsRunningOutIsReservedAgainAndSentOnce() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        ContactDirectory contacts = new ContactDirectory(mongo);
        contacts.apply(Contact.of(ana.changed())).block();
        contacts.apply(Contact.of(bea.changed())).block();
        DeliveryLog deliveries = new DeliveryLog(mongo);
        Instant now = Clock.systemUTC().instant();
        // recorded a while ago by its first try, whose reservation has less than half of its lease left
        Delivery runningOut = DeliveryPlan.deliveriesFor(
                        PairingFixture.of(ana, bea).approved(), now)
                .get(0)
                .claimed(now.minus(LEASE.dividedBy(2)), LEASE.dividedBy(2).plusSeconds(1));
        deliveries.recordAll(List.of(runningOut)).block();
        sender = sender(deliveries, contacts, SharedInfrastructure.mail());

        sender.start();
        sender.accept(List.of(runningOut));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.find(runningOut.id()).block().status() == DeliveryStatus.SENT);
        Delivery sent = deliveries.find(runningOut.id()).block();
        assertThat(sent.tries()).as("reserved again before the attempt").isEqualTo(2);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(emailsTo(bea.email())).hasSize(1);
    }

    private static List<InboxMessage> emailsTo(String address) {
        return SharedInfrastructure.mail().messages().stream()
                .filter(message ->
                        message.to().stream().anyMatch(to -> to.address().equalsIgnoreCase(address)))
                .toList();
    }

    private static DeliverySender sender(DeliveryLog deliveries, ContactDirectory contacts, EmbeddedMail mail) {
        NotificationProperties properties = new NotificationProperties(
                URI.create("https://matching.test"),
                "Program <no-reply@example.org>",
                "example.org",
                Map.of(),
                new NotificationProperties.Smtp(SmtpSecurity.NONE),
                new NotificationProperties.Sending(
                        2,
                        Duration.ofMillis(10),
                        Duration.ofSeconds(1),
                        100,
                        10,
                        5,
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        LEASE),
                new NotificationProperties.Consuming(".DLT", 3, Duration.ofSeconds(1), Duration.ofSeconds(30)));
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("localhost");
        smtp.setPort(mail.smtpPort());
        Letters letters = new Letters(new EmailComposer(new IssueWords(Map.of())), properties);
        OutcomeStore outcomes = new OutcomeStore(deliveries, new SimpleMeterRegistry());
        SmtpRound smtpRound =
                new SmtpRound(new Mailer(smtp, properties.sender()), letters, outcomes, properties, Clock.systemUTC());
        DeliveryTries tries = new DeliveryTries(contacts, smtpRound, outcomes, properties, Clock.systemUTC());
        return new DeliverySender(deliveries, tries, properties, Clock.systemUTC());
    }

    @AfterEach
    void cleanUp() {
        if (sender != null) {
            sender.stop();
        }
        client.close();
    }
}
