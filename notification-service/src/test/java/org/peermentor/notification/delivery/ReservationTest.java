package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.notification.delivery.StandaloneSender.contactsKnowing;
import static org.peermentor.notification.delivery.StandaloneSender.firstDeliveryOfApproval;
import static org.peermentor.notification.delivery.StandaloneSender.sendingTo;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.notification.contact.ContactDirectory;
import org.peermentor.notification.support.Person;
import org.peermentor.testkit.SharedInfrastructure;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

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
        ContactDirectory contacts = contactsKnowing(mongo, ana, bea);
        DeliveryLog deliveries = new DeliveryLog(mongo);
        Instant now = Clock.systemUTC().instant();
        // recorded a while ago by its first try, whose reservation has less than half of its lease left
        Delivery runningOut = firstDeliveryOfApproval(ana, bea, now)
                .claimed(now.minus(LEASE.dividedBy(2)), LEASE.dividedBy(2).plusSeconds(1));
        deliveries.recordAll(List.of(runningOut)).block();
        sender = sendingTo(
                SharedInfrastructure.mail().smtpPort(), 5, LEASE, deliveries, contacts, new SimpleMeterRegistry());

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

    @AfterEach
    void cleanUp() {
        if (sender != null) {
            sender.stop();
        }
        client.close();
    }
}
