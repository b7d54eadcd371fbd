package org.peermentor.matching.round;

import reactor.core.Disposable;

/**
 * Background work that is one subscription, such as a sweep or a renewal on an interval: {@link PeriodicWorks}
 * subscribes it when the application starts and disposes it when it stops.
 */
interface PeriodicWork {

    /** Starts the work; what this returns is disposed at stop. */
    Disposable subscribe();
}
