package org.peermentor.matching.round;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peermentor.matching.program.RoundNudge;
import org.peermentor.matching.settings.SettingsStore;
import org.peermentor.service.store.StoreOutages;
import org.peermentor.service.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Starts a program's round by itself once things settle: every new arrival, changed mentor or freed place
 * restarts the program's settle timer, and when it runs out a round plans whoever is waiting. If a round is
 * already running, it tries again one settle time later. One timer per program, so memory stays bounded.
 */
@Component
public class RoundTrigger implements RoundNudge, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoundTrigger.class);

    private static final Duration WHILE_THE_STORE_IS_AWAY = Duration.ofSeconds(10);

    private final SettingsStore settings;
    private final ObjectProvider<RoundService> rounds;
    private final Map<String, Disposable> timers = new ConcurrentHashMap<>();

    RoundTrigger(SettingsStore settings, ObjectProvider<RoundService> rounds) {
        this.settings = settings;
        this.rounds = rounds;
    }

    @Override
    public void nudge(String programId) {
        settings.get(programId)
                .subscribe(program -> schedule(programId, Duration.ofSeconds(program.settleTimeSeconds())), failure -> {
                    if (StoreOutages.isOutage(failure)) {
                        schedule(programId, WHILE_THE_STORE_IS_AWAY); // tried again until the store is back
                    } else {
                        log.warn(
                                "Could not read the settings of program {}: {}",
                                programId,
                                failure.getClass().getName());
                    }
                });
    }

    private void schedule(String programId, Duration settle) {
        timers.compute(programId, (id, previous) -> {
            if (previous != null) {
                previous.dispose();
            }
            Disposable[] self = new Disposable[1];
            // Only the wait is cancelled by a later nudge: a start under way runs to its end, as one cut off between
            // taking the program's lock and storing its round would leave the program locked. A cancelled wait
            // leaves the map alone: it is cancelled inside this compute, which is replacing it, and removing it
            // from in here unlinked the entry, so the new wait was stored nowhere, no later nudge could cancel it,
            // and steady arrivals started a round every second instead of one once they settled.
            self[0] = Mono.delay(settle)
                    .doFinally(signal -> {
                        if (signal != SignalType.CANCEL) {
                            timers.remove(programId, self[0]);
                        }
                    })
                    .subscribe(settled -> start(programId));
            return self[0];
        });
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

    @Override
    public void destroy() {
        timers.values().forEach(Disposable::dispose);
    }
}
