package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A program's settle timer is stored, so an automatic round an instance meant to start is started after that
 * instance stopped (by itself after a restart, or by another instance), and by one instance only.
 */
class SettleTimersTest extends RunningMatching {

    @Autowired
    RoundTrigger trigger;

    @Autowired
    RoundTimers timers;

    @Test
    void aNudgeStoresWhenTheProgramsRoundIsDue() {
        Instant before = Instant.now();

        trigger.nudge(cohort.programId);

        // this suite's settle time is an hour
        await().untilAsserted(() ->
                assertThat(storedDueAt()).isNotNull().isAfterOrEqualTo(before.plus(Duration.ofMinutes(59))));
    }

    @Test
    void aTimerLeftDueByAStoppedInstanceStartsTheRoundAndIsThenGone() {
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);
        // what an instance that stopped before its timer ran out leaves behind
        timers.dueAt(cohort.programId, Instant.now().minusSeconds(30)).block();

        trigger.startOverdue();

        await().untilAsserted(() -> assertThat(programRounds())
                .singleElement()
                .satisfies(round -> assertThat(round.status()).isEqualTo(RoundStatus.COMPLETED)));
        assertThat(storedDueAt()).isNull();
        assertThat(pairings(PairingStatus.PROPOSED)).hasSize(1);
    }

    @Test
    void ofTwoInstancesOnlyOneClaimsADueTimer() {
        timers.dueAt(cohort.programId, Instant.now().minusSeconds(1)).block();

        assertThat(timers.claim(cohort.programId, Instant.now()).block()).isTrue();
        assertThat(timers.claim(cohort.programId, Instant.now()).block()).isFalse();
    }

    @Test
    void aTimerNotYetDueIsNotClaimed() {
        timers.dueAt(cohort.programId, Instant.now().plusSeconds(60)).block();

        assertThat(timers.claim(cohort.programId, Instant.now()).block()).isFalse();
        assertThat(storedDueAt()).isNotNull();
    }

    private Instant storedDueAt() {
        Document timer = mongo.findById(cohort.programId, Document.class, RoundTimers.COLLECTION)
                .block();
        return timer == null ? null : timer.get("dueAt", Date.class).toInstant();
    }

    private List<RoundView> programRounds() {
        return readList(RoundView.class, "/api/programs/{p}/rounds", cohort.programId);
    }
}
