package org.peermentor.matching.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.service.loop.LoopLifecycle;
import org.peermentor.service.loop.PassLoop;
import org.peermentor.service.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs every {@link FollowUpStep} once per {@code matching.follow-up.sweep-every}, one sweep at a time, on a thread
 * of its own. A failed sweep (the store away) is logged and the next one tries again; nothing ends the loop but the
 * service stopping, which lets the sweep under way finish first. It starts after the outbox relay and stops before
 * it, so the events of the last sweep are still published at shutdown.
 */
@Component
class FollowUpLoop extends LoopLifecycle<FollowUpLoop.Running> {

    private static final Logger log = LoggerFactory.getLogger(FollowUpLoop.class);
    private static final Duration MOST_WAIT_AT_STOP = Duration.ofSeconds(10);

    private final List<FollowUpStep> steps;
    private final Duration every;
    private final Clock clock;

    FollowUpLoop(List<FollowUpStep> steps, MatchingProperties properties, Clock clock) {
        super(OutboxRelay.PHASE + 1);
        this.steps = List.copyOf(steps);
        this.every = properties.followUp().sweepEvery();
        this.clock = clock;
    }

    /** The loop under way and its thread. */
    record Running(PassLoop sweeps, Scheduler scheduler) {}

    /** One sweep: every step in turn, each at the same moment; a step that fails leaves the others to run. */
    Mono<Void> sweep() {
        Instant now = clock.instant();
        return Flux.fromIterable(steps)
                .concatMap(step -> step.sweep(now).onErrorResume(failure -> {
                    log.warn(
                            "A follow-up sweep ({}) failed; the next one tries again: {}",
                            step.getClass().getSimpleName(),
                            failure.getClass().getName());
                    return Mono.empty();
                }))
                .then();
    }

    @Override
    protected Running begin() {
        Scheduler scheduler = Schedulers.newSingle("follow-up");
        return new Running(PassLoop.every(every, scheduler, this::sweep), scheduler);
    }

    @Override
    protected void end(Running loop) {
        try {
            loop.sweeps().stop().get(MOST_WAIT_AT_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn(
                    "The follow-up sweep under way at shutdown was cut off: {}",
                    e.getClass().getName());
        } finally {
            loop.scheduler().dispose();
        }
    }
}
