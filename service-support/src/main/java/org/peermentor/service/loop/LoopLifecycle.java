package org.peermentor.service.loop;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.SmartLifecycle;

/**
 * The start and stop of a service's background loops, in the phase the service gives: {@link #begin()} sets them
 * running and answers what it started (the loops, the schedulers they run on), {@link #end} winds that down, and the
 * work is running while there is something begun. A stop with nothing begun does nothing.
 *
 * @param <R> what a start sets running, handed back to {@link #end} at the stop
 */
public abstract class LoopLifecycle<R> implements SmartLifecycle {

    private final int phase;
    private final AtomicReference<R> running = new AtomicReference<>();

    /** {@code phase} places the start and the stop among the web server's and the Kafka listeners'. */
    protected LoopLifecycle(int phase) {
        this.phase = phase;
    }

    /** Sets the loops running; what it answers is handed to {@link #end} at the stop. */
    protected abstract R begin();

    /** Winds down what {@link #begin()} set running. */
    protected abstract void end(R begun);

    @Override
    public final void start() {
        running.set(begin());
    }

    @Override
    public final void stop() {
        R begun = running.getAndSet(null);
        if (begun != null) {
            end(begun);
        }
    }

    @Override
    public final boolean isRunning() {
        return running.get() != null;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
