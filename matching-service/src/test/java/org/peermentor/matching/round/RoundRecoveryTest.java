package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * After a crash, once the round's lease has run out: a round cut off while solving is FAILED, changed nothing, no
 * longer blocks its program, and its program's round is started again; one cut off after storing its outcome makes
 * its pairings, unlocks its program, and only then shows COMPLETED. A round whose instance still renews its lease is
 * left alone, and a round taken over can no longer be completed by its own instance, should it come back.
 */
class RoundRecoveryTest extends RunningMatching {

    @Autowired
    RoundStore rounds;

    @Autowired
    RoundLocks locks;

    @Autowired
    RoundRecovery recovery;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRoundInterruptedByACrashIsMarkedFailedAndItsProgramUnlocked() {
        MatchRound cutOff = solvingWithTheLock("crashed", null);

        recovery.run(null);

        RoundView failed = roundById(cutOff.id());
        assertThat(failed.status()).isEqualTo(RoundStatus.FAILED);
        assertThat(failed.failure()).isNotNull();
        assertThat(locks.isPlanning(cohort.programId).block()).isFalse();
        assertThat(pairings(null)).isEmpty();
    }

    @Test
    void aRoundCutOffWhileMakingItsPairingsShowsSolvingUntilARestartFinishesIt() {
        anaAndMia();
        RoundView finished = round(null);
        String pairingId = finished.pairings().get(0).id();
        // The state a crash leaves between storing the outcome and making its pairings.
        mongo.remove(Query.query(Criteria.where("_id").is(pairingId)), "pairings")
                .block();
        mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(finished.id())),
                        new Update()
                                .set("applied", false)
                                // its instance stopped: nobody renews its lease, which has run out
                                .set("leaseUntil", Date.from(Instant.now().minusSeconds(1))),
                        RoundStore.COLLECTION)
                .block();
        locks.acquire(cohort.programId, finished.id(), Instant.now()).block();

        assertThat(roundById(finished.id()).status()).isEqualTo(RoundStatus.SOLVING);

        recovery.run(null);

        assertThat(roundById(finished.id()).status()).isEqualTo(RoundStatus.COMPLETED);
        assertThat(locks.isPlanning(cohort.programId).block()).isFalse();
        assertThat(pairing(pairingId).status()).isEqualTo(PairingStatus.PROPOSED);
        http.post()
                .uri("/api/pairings/{id}/approve", pairingId)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aRoundWhoseInstanceStillRenewsItsLeaseIsLeftAlone() {
        MatchRound running = solvingWithTheLock("running", Instant.now().plusSeconds(60));

        recovery.takeOver().block();

        assertThat(roundById(running.id()).status()).isEqualTo(RoundStatus.SOLVING);
        assertThat(locks.holder(cohort.programId).block()).isEqualTo(running.id());
    }

    @Test
    void theInstanceLeftStartsTheProgramsRoundAgainAndTheStoppedOneCannotCompleteItsOwn() {
        anaAndMia();
        MatchRound stopped = solvingWithTheLock("stopped", Instant.now().minusSeconds(1));

        recovery.takeOver().block();

        assertThat(roundById(stopped.id()).status()).isEqualTo(RoundStatus.FAILED);
        assertThat(meters.find("peermentor.round.duration")
                        .tags("program", cohort.programId, "outcome", "FAILED")
                        .timer())
                .as("the round taken over counts as failed on the dashboard")
                .isNotNull()
                .satisfies(failed -> assertThat(failed.count()).isEqualTo(1));
        await().untilAsserted(() -> assertThat(pairings(PairingStatus.PROPOSED)).hasSize(1));
        // the stopped instance comes back with an outcome: it is not stored, so not applied
        MatchRound late = MatchRoundBuilder.builder(stopped)
                .status(RoundStatus.COMPLETED)
                .completedAt(Instant.now())
                .build();
        assertThat(rounds.complete(late).blockOptional()).isEmpty();
        assertThat(roundById(stopped.id()).status()).isEqualTo(RoundStatus.FAILED);
    }

    /**
     * A round of the test's program, named {@code name-program}, left solving and holding the program's lock; its
     * lease runs until {@code leaseUntil} (none when {@code null}).
     */
    private MatchRound solvingWithTheLock(String name, Instant leaseUntil) {
        MatchRound round = MatchRound.solving(
                name + "-" + cohort.programId, cohort.programId, false, false, Instant.now(), Map.of());
        rounds.insert(round, leaseUntil).block();
        locks.acquire(cohort.programId, round.id(), Instant.now()).block();
        return round;
    }
}
