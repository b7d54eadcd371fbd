package org.peermentor.intake.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.Prometheus;

/**
 * What the person on call reads from intake's {@code /actuator/prometheus}: the events the outbox published, by type,
 * its backlog, and the Kafka producer's own meters; a registration moves the count of published events.
 */
class IntakeMetricsTest extends RunningIntake {

    private static final Map<String, String> PARTICIPANT_EVENTS = Map.of("type", "ParticipantProfileChanged");

    @Test
    void aRegistrationIsCountedAmongThePublishedEventsAndTheBacklogIsServed() {
        double before = Prometheus.scrape(port()).value("peermentor_outbox_published_total", PARTICIPANT_EVENTS);

        register("/api/participants", Bodies.participantIn(Bodies.newProgram()));

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Prometheus.scrape(port()).value("peermentor_outbox_published_total", PARTICIPANT_EVENTS),
                        published -> published >= before + 1);
        Prometheus metrics = Prometheus.scrape(port());
        assertThat(metrics.has("peermentor_outbox_backlog")).isTrue();
        assertThat(metrics.has("kafka_producer_record_send_total")).isTrue();
        assertThat(metrics.text()).doesNotContain("@example");
    }
}
