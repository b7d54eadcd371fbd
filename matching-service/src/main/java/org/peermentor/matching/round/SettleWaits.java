package org.peermentor.matching.round;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * The settle timers in memory: at most one wait per program, which a new one replaces, so memory stays bounded.
 * {@link RoundTrigger} says what to wait for and what to do when the wait runs out; every wait is cancelled at stop.
 */
@Component
class SettleWaits implements DisposableBean {

    private final Map<String, Disposable> waits = new ConcurrentHashMap<>();

    /** Cancels the program's wait, if any, and runs {@code then} after {@code wait} unless a later call cancels it. */
    void restart(String programId, Duration wait, Runnable then) {
        waits.compute(programId, (id, previous) -> {
            if (previous != null) {
                previous.dispose();
            }
            Disposable[] self = new Disposable[1];
            // Only the wait is cancelled by a later nudge: a start under way runs to its end, as one cut off between
            // taking the program's lock and storing its round would leave the program locked. A cancelled wait
            // leaves the map alone: it is cancelled inside this compute, which is replacing it, and removing it
            // from in here unlinked the entry, so the new wait was stored nowhere, no later nudge could cancel it,
            // and steady arrivals started a round every second instead of one once they settled.
            self[0] = Mono.delay(wait)
                    .doFinally(signal -> {
                        if (signal != SignalType.CANCEL) {
                            waits.remove(programId, self[0]);
                        }
                    })
                    .subscribe(settled -> then.run());
            return self[0];
        });
    }

    @Override
    public void destroy() {
        waits.values().forEach(Disposable::dispose);
    }
}
