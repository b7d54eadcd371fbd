package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

        assertThat(roundById(cutOff.id())).containsEntry("status", "FAILED").containsKey("failure");
        assertThat(locks.isPlanning(cohort.programId).block()).isFalse();
        assertThat(pairings(null)).isEmpty();
    }

    @Test
    void aRoundCutOffWhileMakingItsPairingsShowsSolvingUntilARestartFinishesIt() {
        anaAndMia();
        Map<String, Object> finished = round(null);
        String pairingId = (String) list(finished.get("pairings")).get(0).get("id");
        // The state a crash leaves between storing the outcome and making its pairings.
        mongo.remove(Query.query(Criteria.where("_id").is(pairingId)), "pairings")
                .block();
        mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(finished.get("id"))),
                        new Update()
                                .set("applied", false)
                                // its instance stopped: nobody renews its lease, which has run out
                                .set("leaseUntil", Date.from(Instant.now().minusSeconds(1))),
                        RoundStore.COLLECTION)
                .block();
        locks.acquire(cohort.programId, (String) finished.get("id"), Instant.now())
                .block();

        assertThat(roundById((String) finished.get("id"))).containsEntry("status", "SOLVING");

        recovery.run(null);

        assertThat(roundById((String) finished.get("id"))).containsEntry("status", "COMPLETED");
        assertThat(locks.isPlanning(cohort.programId).block()).isFalse();
        assertThat(pairing(pairingId)).containsEntry("status", "PROPOSED");
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

        assertThat(roundById(running.id())).containsEntry("status", "SOLVING");
        assertThat(locks.holder(cohort.programId).block()).isEqualTo(running.id());
    }

    @Test
    void theInstanceLeftStartsTheProgramsRoundAgainAndTheStoppedOneCannotCompleteItsOwn() {
        anaAndMia();
        MatchRound stopped = solvingWithTheLock("stopped", Instant.now().minusSeconds(1));

        recovery.takeOver().block();

        assertThat(roundById(stopped.id())).containsEntry("status", "FAILED");
        assertThat(meters.find("peermentor.round.duration")
                        .tags("program", cohort.programId, "outcome", "FAILED")
                        .timer())
                .as("the round taken over counts as failed on the dashboard")
                .isNotNull()
                .satisfies(failed -> assertThat(failed.count()).isEqualTo(1));
        await().untilAsserted(() -> assertThat(pairings("PROPOSED")).hasSize(1));
        // the stopped instance comes back with an outcome: it is not stored, so not applied
        MatchRound late = MatchRoundBuilder.builder(stopped)
                .status(RoundStatus.COMPLETED)
                .completedAt(Instant.now())
                .build();
        assertThat(rounds.complete(late).blockOptional()).isEmpty();
        assertThat(roundById(stopped.id())).containsEntry("status", "FAILED");
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
