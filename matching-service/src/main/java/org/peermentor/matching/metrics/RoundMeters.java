package org.peermentor.matching.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** {@code peermentor_round_duration_seconds}: each round ended, by program, outcome and whether a dry run. */
@Component
public record RoundMeters(MeterRegistry meters) {

    /** A round of {@code programId} ended {@code outcome} (COMPLETED, FAILED) after running from start to end. */
    public void ended(String programId, String outcome, boolean dryRun, Instant started, Instant ended) {
        if (started == null || ended == null) {
            return;
        }
        Timer.builder("peermentor.round.duration")
                .description("How long matching rounds ran, by program and outcome")
                .tag("program", programId)
                .tag("outcome", outcome)
                .tag("dry_run", Boolean.toString(dryRun))
                .publishPercentileHistogram()
                .register(meters)
                .record(Duration.between(started, ended));
    }
}
