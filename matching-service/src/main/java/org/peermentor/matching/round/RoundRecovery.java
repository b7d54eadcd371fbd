package org.peermentor.matching.round;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, before the service reports ready: a round still SOLVING was cut off by a crash or a stop, so it is
 * marked FAILED and its program unlocked (it changed nothing); a COMPLETED round whose changes were not all
 * made gets them made.
 */
@Component
class RoundRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoundRecovery.class);

    private final RoundStore rounds;
    private final RoundLocks locks;
    private final RoundService service;
    private final Clock clock;

    RoundRecovery(RoundStore rounds, RoundLocks locks, RoundService service, Clock clock) {
        this.rounds = rounds;
        this.locks = locks;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        rounds.interrupted()
                .concatMap(round -> {
                    log.warn(
                            "Round {} of program {} was interrupted; marking it FAILED", round.id(), round.programId());
                    return rounds.complete(RoundPlanner.failed(
                                    round, "Interrupted by a restart before it completed.", clock.instant()))
                            .then(locks.release(round.programId(), round.id()));
                })
                .thenMany(rounds.completedNotApplied().concatMap(service::apply))
                .then()
                .block(Duration.ofMinutes(2)); // startup, before readiness: nothing half-applied may be served
    }
}
