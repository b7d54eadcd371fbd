package org.peermentor.matching.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code peermentor_pairing_decisions_total}: what program managers decided about pairings, by program and decision
 * (APPROVE, REJECT, PAIR_BY_HAND, END).
 */
@Component
public record DecisionMeters(MeterRegistry meters) {

    private static final Set<String> DECISIONS = Set.of("APPROVE", "REJECT", "PAIR_BY_HAND", "END");

    /** Counts {@code action} when it decides a pairing; other actions (settings, rounds started) are not decisions. */
    public void acted(String programId, String action) {
        if (!DECISIONS.contains(action) || programId == null) {
            return;
        }
        Counter.builder("peermentor.pairing.decisions")
                .description("Program managers' decisions on pairings, by program and decision")
                .tag("program", programId)
                .tag("decision", action)
                .register(meters)
                .increment();
    }
}
