package org.peermentor.matching.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.service.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Takes over the rounds whose instance stopped: a round's lease, renewed by its instance while it runs, ran out. A
 * round still SOLVING is marked FAILED (it changed nothing), its program unlocked, and, unless it was a dry run, a new
 * round of the program started here if anyone waits; a COMPLETED round whose changes were not all made gets them made here. At start,
 * before the service reports ready, and then every renewal ({@link RoundLeases}), so of two instances the one left
 * finishes what the other began. Failing is one write conditional on the lease having run out, so the stopped
 * instance, should it come back, can no longer complete its round (fencing), and two instances never take over the
 * same round.
 */
@Component
record RoundRecovery(
        RoundStore rounds,
        RoundLocks locks,
        RoundService service,
        RoundChanges changes,
        MatchingProperties properties,
        Clock clock)
        implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoundRecovery.class);

    @Override
    public void run(ApplicationArguments args) {
        takeOver().block(Duration.ofMinutes(2)); // startup, before readiness: nothing half-applied may be served
    }

    /** Takes over every round whose lease ran out by now. */
    Mono<Void> takeOver() {
        Instant now = clock.instant();
        return rounds.leaseRunOut(RoundStatus.SOLVING, now)
                .concatMap(round -> failAndStartAgain(round, now))
                .thenMany(rounds.leaseRunOut(RoundStatus.COMPLETED, now)
                        .concatMap(round -> rounds.claimLeaseRunOut(
                                        round.id(),
                                        now,
                                        now.plus(properties.rounds().lease()))
                                .filter(Boolean::booleanValue)
                                .flatMap(claimed -> changes.apply(round))))
                .then();
    }

    private Mono<Void> failAndStartAgain(MatchRound round, Instant now) {
        MatchRound failed = RoundPlanner.failed(round, "Interrupted before it completed: its instance stopped.", now);
        return rounds.failLeaseRunOut(failed, now).filter(Boolean::booleanValue).flatMap(tookOver -> {
            log.warn("Round {} of program {} was interrupted; marked FAILED", round.id(), round.programId());
            Mono<Void> unlocked = round.dryRun() ? Mono.empty() : locks.release(round.programId(), round.id());
            return unlocked.then(round.dryRun() ? Mono.empty() : startAgain(round.programId()));
        });
    }

    private Mono<Void> startAgain(String programId) {
        return service.hasPlaceable(programId)
                .filter(Boolean::booleanValue)
                .flatMap(anyoneWaits -> service.start(programId, RoundRequest.DEFAULT, true))
                .doOnNext(next -> log.info("Round {} of program {} started in its place", next.id(), programId))
                .onErrorResume(ProblemException.class, busy -> Mono.empty())
                .then();
    }
}
