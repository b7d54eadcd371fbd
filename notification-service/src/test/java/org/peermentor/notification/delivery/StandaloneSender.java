package org.peermentor.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.peermentor.contracts.words.IssueWords;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.SmtpSecurity;
import org.peermentor.notification.contact.Contact;
import org.peermentor.notification.contact.ContactDirectory;
import org.peermentor.notification.mail.EmailComposer;
import org.peermentor.notification.mail.Mailer;
import org.peermentor.notification.metrics.EmailMeters;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A delivery sender wired by hand, without the service's context, over a store of the test's own: two at a time,
 * ticks and backoffs of milliseconds, so tries, retries and reservations play out in moments.
 */
final class StandaloneSender {

    private StandaloneSender() {}

    /** A contact directory that knows these people already, as their profile events would have told it. */
    static ContactDirectory contactsKnowing(ReactiveMongoTemplate mongo, Person... people) {
        ContactDirectory contacts = new ContactDirectory(mongo);
        for (Person person : people) {
            contacts.apply(Contact.of(person.changed())).block();
        }
        return contacts;
    }

    /** The first delivery the approval of a pairing between these two plans, planned at {@code now}. */
    static Delivery firstDeliveryOfApproval(Person participant, Person mentor, Instant now) {
        return DeliveryPlan.deliveriesFor(PairingFixture.of(participant, mentor).approved(), now)
                .get(0);
    }

    /** A sender handing mail to SMTP on this port, giving up after {@code maxAttempts}, reserving for {@code lease}. */
    static DeliverySender sendingTo(
            int smtpPort,
            int maxAttempts,
            Duration lease,
            DeliveryLog deliveries,
            ContactDirectory contacts,
            MeterRegistry meters) {
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
                        maxAttempts,
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        lease),
                new NotificationProperties.Consuming(".DLT", 3, Duration.ofSeconds(1), Duration.ofSeconds(30)));
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("localhost");
        smtp.setPort(smtpPort);
        Letters letters = new Letters(new EmailComposer(new IssueWords(Map.of())), new AnswerLinks(properties));
        OutcomeStore outcomes = new OutcomeStore(deliveries, meters, new EmailMeters(meters));
        SmtpRound smtpRound =
                new SmtpRound(new Mailer(smtp, properties.sender()), letters, outcomes, properties, Clock.systemUTC());
        DeliveryTries tries = new DeliveryTries(contacts, smtpRound, outcomes, properties, Clock.systemUTC());
        return new DeliverySender(deliveries, tries, properties, Clock.systemUTC());
    }
}
