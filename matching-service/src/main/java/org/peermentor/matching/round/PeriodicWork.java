package org.peermentor.matching.round;

import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;

/**
 * A component whose background work is one subscription, such as a sweep or a renewal on an interval: subscribed
 * when the application starts, disposed when it stops, and running while the subscription lasts.
 */
abstract class PeriodicWork implements SmartLifecycle {

    private volatile Disposable running;

    /** Starts the work; what this returns is disposed at stop. */
    abstract Disposable subscribe();

    @Override
    public void start() {
        running = subscribe();
    }

    @Override
    public void stop() {
        Disposable work = running;
        if (work != null) {
            work.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable work = running;
        return work != null && !work.isDisposed();
    }
}
