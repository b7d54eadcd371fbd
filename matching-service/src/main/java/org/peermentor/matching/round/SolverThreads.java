package org.peermentor.matching.round;

import java.util.concurrent.Executors;
import org.peermentor.matching.MatchingProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The bounded pool rounds are solved on (never a Kafka listener thread or a Netty event loop), and where a
 * {@link RoundCheckpoint} may hold a round; stopped after the {@link RoundService} that marks unfinished rounds
 * failed at a stop.
 */
@Component
class SolverThreads implements DisposableBean {

    private final Scheduler scheduler;

    SolverThreads(MatchingProperties properties) {
        scheduler = Schedulers.fromExecutorService(
                Executors.newFixedThreadPool(properties.rounds().solverThreads(), runnable -> {
                    Thread thread = new Thread(runnable, "round-solver");
                    thread.setDaemon(true);
                    return thread;
                }),
                "round-solver");
    }

    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
