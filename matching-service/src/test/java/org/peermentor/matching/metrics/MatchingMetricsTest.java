package org.peermentor.matching.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.round.RoundStatus;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.Prometheus;

/**
 * What the person on call reads from matching's {@code /actuator/prometheus} as a program goes through its day: two
 * people waiting, a round that places one of them (its duration and outcome, the time the placed one waited), the
 * manager's approval, the event published, and the profile consumers' lag; the waiting list shrinks as it should.
 */
class MatchingMetricsTest extends RunningMatching {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theWaitingListRoundsTimeToMatchAndDecisionsMoveWithTheProgram() {
        Map<String, String> program = Map.of("program", cohort.programId);
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.participant("Bo", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(2, 1);
        awaitValue("peermentor_waiting_participants", program, 2);

        assertThat(round(null).status()).isEqualTo(RoundStatus.COMPLETED);
        awaitValue("peermentor_waiting_participants", program, 1);
        assertThat(scrape().value("peermentor_round_duration_seconds_count", with(program, "outcome", "COMPLETED")))
                .isEqualTo(1);
        awaitValue("peermentor_time_to_match_seconds_count", program, 1);

        List<PairingView> proposed = pairings(PairingStatus.PROPOSED);
        assertThat(proposed).hasSize(1);
        post("/api/pairings/{id}/approve", proposed.get(0).id()).expectStatus().isOk();

        assertThat(scrape().value("peermentor_pairing_decisions_total", with(program, "decision", "APPROVE")))
                .isEqualTo(1);
        await().atMost(PATIENCE)
                .until(() ->
                        scrape().value("peermentor_outbox_published_total", Map.of("type", "PairingApproved")) >= 1);
        Prometheus metrics = scrape();
        assertThat(metrics.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        assertThat(metrics.has("peermentor_outbox_backlog")).isTrue();
        assertThat(metrics.text()).doesNotContain("Ana").doesNotContain("Mia");
    }

    private Prometheus scrape() {
        return Prometheus.scrape(port());
    }

    private void awaitValue(String name, Map<String, String> labels, double expected) {
        await().atMost(PATIENCE).until(() -> scrape().value(name, labels), value -> value == expected);
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        return Map.of("program", labels.get("program"), name, value);
    }
}
