package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.beans.factory.annotation.Autowired;

/** After a crash, a round cut off while solving is FAILED, changed nothing, and no longer blocks its program. */
class RoundRecoveryTest extends RunningMatching {

    @Autowired
    RoundStore rounds;

    @Autowired
    RoundLocks locks;

    @Autowired
    RoundRecovery recovery;

    @Test
    void aRoundInterruptedByACrashIsMarkedFailedAndItsProgramUnlocked() {
        MatchRound cutOff = MatchRound.solving("crashed-" + cohort.programId, cohort.programId, false, false,
                Instant.now(), Map.of());
        rounds.insert(cutOff).block();
        locks.acquire(cohort.programId, cutOff.id(), Instant.now()).block();

        recovery.run(null);

        assertThat(roundById(cutOff.id())).containsEntry("status", "FAILED").containsKey("failure");
        assertThat(locks.isPlanning(cohort.programId).block()).isFalse();
        assertThat(pairings(null)).isEmpty();
    }
}
