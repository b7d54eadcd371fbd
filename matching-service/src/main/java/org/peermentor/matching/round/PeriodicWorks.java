package org.peermentor.matching.round;

import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Runs every {@link PeriodicWork}: subscribed when the application starts, disposed when it stops, and running while
 * any subscription lasts. The work itself needs no lifecycle of its own, so a component whose only state is its
 * collaborators stays a record.
 */
@Component
class PeriodicWorks implements SmartLifecycle {

    private final List<PeriodicWork> works;
    private volatile List<Disposable> running = List.of();

    PeriodicWorks(List<PeriodicWork> works) {
        this.works = List.copyOf(works);
    }

    @Override
    public void start() {
        running = works.stream().map(PeriodicWork::subscribe).toList();
    }

    @Override
    public void stop() {
        running.forEach(Disposable::dispose);
    }

    @Override
    public boolean isRunning() {
        return running.stream().anyMatch(work -> !work.isDisposed());
    }
}
