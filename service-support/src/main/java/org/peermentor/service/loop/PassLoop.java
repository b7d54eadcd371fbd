package org.peermentor.service.loop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * A pass run on a timer, one at a time: a tick that comes while a pass is under way is dropped, and stopping ends the
 * loop after the pass under way instead of cutting it off.
 */
public final class PassLoop {

    private final Sinks.One<Boolean> stop = Sinks.one();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    private PassLoop() {}

    /** Starts a loop on {@code scheduler} that runs {@code pass} every {@code every}, the first time after one wait. */
    public static PassLoop every(Duration every, Scheduler scheduler, Supplier<? extends Publisher<?>> pass) {
        return every(every, every, scheduler, pass);
    }

    /** Starts a loop on {@code scheduler} that runs {@code pass} after {@code first}, then every {@code every}. */
    public static PassLoop every(
            Duration first, Duration every, Scheduler scheduler, Supplier<? extends Publisher<?>> pass) {
        PassLoop loop = new PassLoop();
        Flux.interval(first, every, scheduler)
                .takeUntilOther(loop.stop.asMono())
                .onBackpressureDrop()
                .concatMap(tick -> pass.get(), 1)
                .doFinally(signal -> loop.finished.complete(null))
                .subscribe();
        return loop;
    }

    /** Ends the loop once the pass under way (if any) is over; the answer completes then. */
    public CompletableFuture<Void> stop() {
        stop.tryEmitValue(true);
        return finished;
    }
}
