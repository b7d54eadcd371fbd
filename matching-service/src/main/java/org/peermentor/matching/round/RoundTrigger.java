package org.peermentor.matching.round;

import java.time.Clock;
import java.time.Duration;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.program.RoundNudge;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.service.store.StoreOutages;
import org.peermentor.service.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Starts a program's round by itself once things settle: every new arrival, changed mentor or freed place
 * restarts the program's settle timer, and when it runs out a round plans whoever is waiting. If a round is
 * already running, it tries again one settle time later. One timer per program ({@link SettleWaits}).
 *
 * <p>Each timer's due time is also stored ({@link RoundTimers}), and the timer that runs out claims it before
 * starting, so a timer survives a restart, and of several instances exactly one starts the round. Every
 * {@code matching.rounds.timer-sweep-every} a look for due times passed more than a second ago starts the rounds
 * whose instance stopped before their timer ran out. While the store is away a nudge is tried again every 10 s, so a
 * round that met an outage after its timer was claimed still starts, a settle time after the store is back.
 */
@Component
public record RoundTrigger(
        SettingsStore settings,
        ObjectProvider<RoundService> rounds,
        RoundTimers stored,
        SettleWaits waits,
        Clock clock,
        MatchingProperties properties)
        implements PeriodicWork, RoundNudge {

    private static final Logger log = LoggerFactory.getLogger(RoundTrigger.class);

    private static final Duration WHILE_THE_STORE_IS_AWAY = Duration.ofSeconds(10);
    /** How late a stored timer may be before another look starts it: its own instance's timer fires first. */
    private static final Duration LATE = Duration.ofSeconds(1);
    /** A timer firing this much before its stored due time (clocks tick apart) still counts as on time. */
    private static final Duration ON_TIME = Duration.ofMillis(250);

    @Override
    public void nudge(String programId) {
        settings.get(programId)
                .flatMap(program -> {
                    Duration settle = Duration.ofSeconds(program.settleTimeSeconds());
                    return stored.dueAt(programId, clock.instant().plus(settle)).thenReturn(settle);
                })
                .subscribe(
                        settle -> schedule(programId, settle),
                        failure -> failed("Setting the timer", programId, failure));
    }

    private void schedule(String programId, Duration settle) {
        waits.restart(programId, settle, () -> claimAndStart(programId));
    }

    /**
     * Nudges again in a while, and again, until the store answers. Not a claim: the timer's due time may not be
     * stored (the nudge that failed did not store it), or may be claimed already (the claim answered, or a round
     * started and then met the outage), and a claim of nothing would start nothing.
     */
    private void nudgeWhenTheStoreIsBack(String programId) {
        waits.restart(programId, WHILE_THE_STORE_IS_AWAY, () -> nudge(programId));
    }

    private void claimAndStart(String programId) {
        stored.claim(programId, clock.instant().plus(ON_TIME))
                .subscribe(
                        claimed -> {
                            if (claimed) {
                                start(programId);
                            }
                        },
                        failure -> failed("Claiming the timer", programId, failure));
    }

    /** A store outage is waited out ({@link #nudgeWhenTheStoreIsBack}); any other failure is logged, by its class. */
    private void failed(String what, String programId, Throwable failure) {
        if (StoreOutages.isOutage(failure)) {
            nudgeWhenTheStoreIsBack(programId);
        } else {
            log.warn(
                    "{} of program {} failed: {}",
                    what,
                    programId,
                    failure.getClass().getName());
        }
    }

    /** Starts the rounds whose stored timer ran out more than a moment ago with no instance to start them. */
    void startOverdue() {
        stored.dueBy(clock.instant().minus(LATE))
                .concatMap(programId -> stored.claim(programId, clock.instant())
                        .filter(Boolean::booleanValue)
                        .map(claimed -> programId))
                .subscribe(this::start, failure -> {
                    if (!StoreOutages.isOutage(failure)) {
                        log.warn(
                                "Looking for overdue settle timers failed: {}",
                                failure.getClass().getName());
                    }
                });
    }

    @Override
    public Disposable subscribe() {
        Duration every = properties.rounds().timerSweepEvery();
        return Flux.interval(every, every).subscribe(tick -> startOverdue());
    }

    private void start(String programId) {
        startIfAnyoneWaits(programId).subscribe(round -> {}, failure -> {
            if (failure instanceof ProblemException busy && busy.status() == 409) {
                nudge(programId); // busy: one settle time later
            } else if (StoreOutages.isOutage(failure)) {
                log.info("Automatic round of program {} waits for the store to be back", programId);
                nudge(programId);
            } else {
                log.warn(
                        "Automatic round of program {} did not start: {}",
                        programId,
                        failure.getClass().getName());
            }
        });
    }

    private Mono<MatchRound> startIfAnyoneWaits(String programId) {
        RoundService service = rounds.getObject();
        return service.hasPlaceable(programId)
                .filter(Boolean::booleanValue)
                .flatMap(yes -> service.start(programId, RoundRequest.DEFAULT, true));
    }
}
