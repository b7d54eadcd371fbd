package org.peermentor.service.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.peermentor.service.loop.LoopLifecycle;
import org.peermentor.service.loop.PassLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the events waiting in profile documents, in version order per profile, and removes each from its
 * document once Kafka has acknowledged it. Writes announce themselves for a fast path; a periodic sweep finds
 * anything not announced (a restart, another instance, a Kafka outage), so nothing waits forever.
 */
public class OutboxRelay extends LoopLifecycle<OutboxRelay.Loop> {

    /** Stops before the web server and the Kafka producer factory, starts after them. */
    public static final int PHASE = Integer.MAX_VALUE - 2048;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration BACKLOG_EVERY = Duration.ofSeconds(5);

    private final OutboxPublisher publisher;
    private final RelayedStores stores;
    private final Clock clock;
    private final Announcements announced = new Announcements();
    private final Scheduler scheduler = Schedulers.newSingle("outbox-relay");
    private Instant nextAttempt = Instant.MIN;
    private Instant nextSweep = Instant.MIN;
    private Duration backoff = Duration.ZERO;

    OutboxRelay(OutboxPublisher publisher, RelayedStores stores, Clock clock) {
        super(PHASE);
        this.publisher = publisher;
        this.stores = stores;
        this.clock = clock;
    }

    /** Tells the relay a profile has a new event waiting, so it goes out without waiting for the sweep. */
    public void announce(String collection, String id) {
        announced.add(collection, id);
    }

    /**
     * One pass over everything announced (and, when due, everything stored); completes when Kafka has acked, with the
     * number of documents whose events it published.
     */
    public Mono<Long> pass() {
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            return Mono.just(0L);
        }
        boolean sweep = !now.isBefore(nextSweep);
        if (sweep) {
            nextSweep = now.plus(stores.settings().sweepInterval());
        }
        return Flux.fromIterable(stores.collections())
                .concatMap(collection -> pending(collection, sweep)
                        .collectList()
                        .flatMapMany(documents -> publisher.publish(collection, documents, scheduler)))
                .count()
                .doOnNext(published -> backoff = Duration.ZERO)
                .onErrorResume(failure -> {
                    backoff = backoff.isZero()
                            ? Duration.ofMillis(200)
                            : min(backoff.multipliedBy(2), stores.settings().maxBackoff());
                    nextAttempt = clock.instant().plus(backoff);
                    nextSweep = Instant.MIN;
                    log.warn(
                            "Publishing profile events failed, retrying in {} ms: {}",
                            backoff.toMillis(),
                            failure.getClass().getName());
                    return Mono.just(0L);
                });
    }

    private Flux<Document> pending(String collection, boolean sweep) {
        int most = stores.settings().batchSize();
        if (sweep) {
            return publisher
                    .waiting(collection, most)
                    .doOnNext(found -> {
                        if (found.size() == most) {
                            nextSweep = Instant.MIN; // more are waiting: sweep again on the next tick
                        }
                    })
                    .flatMapIterable(found -> found);
        }
        List<String> ids = announced.drain(collection, most);
        return ids.isEmpty() ? Flux.empty() : publisher.waiting(collection, ids);
    }

    /** The running loops: the passes, and the backlog gauges' refresh beside them. */
    record Loop(PassLoop passes, PassLoop backlog) {}

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    protected Loop begin() {
        return new Loop(
                PassLoop.every(stores.settings().tick(), scheduler, this::pass),
                PassLoop.every(
                        Duration.ZERO, BACKLOG_EVERY, scheduler, () -> publisher.refreshBacklog(stores.collections())));
    }

    /**
     * Lets the pass under way finish (cutting it off would strand what it had taken from the announced set), then
     * publishes everything still waiting in the stores, so changes accepted before shutdown are not left for the
     * next start. Gives up after the settings' {@code flushTimeout}, or at once while Kafka refuses: what is left
     * stays in the stores and goes out after the next start.
     */
    @Override
    protected void end(Loop running) {
        long deadline = System.nanoTime() + stores.settings().flushTimeout().toNanos();
        running.backlog().stop();
        try {
            running.passes().stop().get(stores.settings().flushTimeout().toMillis(), TimeUnit.MILLISECONDS);
            long published;
            long total = 0;
            do {
                nextAttempt = Instant.MIN;
                nextSweep = Instant.MIN;
                published = pass().block(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                total += published;
            } while (published > 0 && System.nanoTime() < deadline && backoff.isZero());
            log.info("Published the events of {} document(s) waiting at shutdown", total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            log.warn(
                    "Events still waiting at shutdown are published after the next start: {}",
                    e.getClass().getName());
        }
    }
}
