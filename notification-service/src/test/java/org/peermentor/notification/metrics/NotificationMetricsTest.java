package org.peermentor.notification.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.support.EventPublisher;
import org.peermentor.notification.support.PairingFixture;
import org.peermentor.notification.support.Person;
import org.peermentor.notification.support.RunningNotification;
import org.peermentor.testkit.Prometheus;

/**
 * What the person on call reads from notification's {@code /actuator/prometheus}: an email sent is counted by type and
 * outcome, a record that cannot be read is counted as a dead letter of its topic, and the consumers' lag is served.
 */
class NotificationMetricsTest extends RunningNotification {

    private static final Map<String, String> SENT = Map.of("outcome", "SENT");
    private static final Map<String, String> PAIRING_DEAD_LETTERS = Map.of("topic", Topics.PAIRING_EVENTS);

    @Test
    void aSentEmailAndADeadLetterAreCountedAndTheConsumerLagIsServed() {
        Person ana = Person.participant();
        Person bea = Person.mentor();
        register(ana, bea);
        double sentBefore = scrape().value("peermentor_emails_total", SENT);
        double deadBefore = scrape().value("peermentor_dead_letters_total", PAIRING_DEAD_LETTERS);

        publish(PairingFixture.of(ana, bea).approved());
        awaitEmailsTo(bea.email(), 1);
        publisher()
                .publish(
                        Topics.PAIRING_EVENTS,
                        "p-" + UUID.randomUUID(),
                        EventPublisher.headers(
                                "e-" + UUID.randomUUID(), "PairingApproved", "/poison", Instant.now(), "x"),
                        "not json".getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE)
                .until(() -> scrape().value("peermentor_emails_total", SENT), sent -> sent == sentBefore + 1);
        await().atMost(PATIENCE)
                .until(
                        () -> scrape().value("peermentor_dead_letters_total", PAIRING_DEAD_LETTERS),
                        dead -> dead == deadBefore + 1);
        Prometheus metrics = scrape();
        assertThat(metrics.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        assertThat(metrics.text()).doesNotContain(bea.email()).doesNotContain(bea.firstName());
    }

    private Prometheus scrape() {
        return Prometheus.scrape(port());
    }
}
