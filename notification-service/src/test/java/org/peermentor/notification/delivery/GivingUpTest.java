package org.peermentor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.notification.delivery.StandaloneSender.contactsKnowing;
import static org.peermentor.notification.delivery.StandaloneSender.firstDeliveryOfApproval;
import static org.peermentor.notification.delivery.StandaloneSender.sendingTo;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.notification.contact.ContactDirectory;
import org.peermentor.notification.support.Person;
import org.peermentor.testkit.SharedInfrastructure;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * A delivery SMTP never accepts is tried the configured number of times, with backoff, then ends FAILED: the
 * failure is counted and logged with ids only — no name, no address.
 */
class GivingUpTest {

    private final MongoClient client =
            MongoClients.create(SharedInfrastructure.mongo().connectionString());
    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "notification-giving-up");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private DeliverySender sender;

    @Test
    void aDeliverySmtpNeverAcceptsEndsFailedAfterTheConfiguredAttemptsCountedAndLoggedWithoutPersonalData()
            throws IOException {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        ContactDirectory contacts = contactsKnowing(mongo, ana, bea);
        DeliveryLog deliveries = new DeliveryLog(mongo);
        Instant now = Clock.systemUTC().instant();
        Delivery delivery = firstDeliveryOfApproval(ana, bea, now).claimed(now, Duration.ofMinutes(2));
        deliveries.recordAll(List.of(delivery)).block();
        sender = sendingTo(closedPort(), 3, Duration.ofMinutes(2), deliveries, contacts, meters);
        watchLog();

        sender.start();
        sender.accept(List.of(delivery));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> deliveries.find(delivery.id()).block().status() == DeliveryStatus.FAILED);
        Delivery failed = deliveries.find(delivery.id()).block();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.reason()).isEqualTo("SMTP_ERROR");
        assertThat(failed.content()).as("the token is erased").isNull();
        assertThat(meters.get("notification.deliveries")
                        .tags("status", "FAILED", "type", "PairingApproved")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains(delivery.id(), "FAILED after 3 attempt(s)"))
                .allSatisfy(line ->
                        assertThat(line).doesNotContain(ana.email(), bea.email(), "Ana", "Bea", "Silva", "Nowak"));
    }

    private void watchLog() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(OutcomeStore.class)).addAppender(logged);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // closed again at once: nothing listens there
        }
    }

    @AfterEach
    void cleanUp() {
        if (sender != null) {
            sender.stop();
        }
        ((Logger) LoggerFactory.getLogger(OutcomeStore.class)).detachAppender(logged);
        client.close();
    }
}
