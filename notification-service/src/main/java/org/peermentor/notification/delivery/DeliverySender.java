package org.peermentor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.service.loop.LoopLifecycle;
import org.peermentor.service.web.Redacted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The sender loop. Deliveries reserved for this instance wait in a queue and go out in batches (see
 * {@link DeliveryTries}), at most {@code concurrency} batches at once, each on its own SMTP session. The listener
 * hands over the deliveries it has just recorded, already reserved, and they go at once. Deliveries to take up later
 * (after a failed attempt, or found by the periodic sweep of the store: recorded before a restart or by another
 * instance) are reserved in batches when due, then queued. What it holds in memory is only which deliveries are due
 * when; the store is the truth, and every reservation and outcome names the revision it was decided on.
 */
@Component
class DeliverySender extends LoopLifecycle<DeliverySender.Ticks> {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final DeliveryLog deliveries;
    private final DeliveryTries tries;
    private final NotificationProperties.Sending settings;
    private final Clock clock;
    /** Reserved for this instance: the next batches. */
    private final Queue<Delivery> reserved = new ConcurrentLinkedQueue<>();
    /** Known to this instance, to be reserved once due. */
    private final Map<String, Delivery> later = new ConcurrentHashMap<>();

    private final Semaphore permits;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private volatile Instant nextSweep = Instant.MIN;
    private volatile boolean accepting;
    private volatile Scheduler smtp;

    DeliverySender(DeliveryLog deliveries, DeliveryTries tries, NotificationProperties properties, Clock clock) {
        // start before the Kafka listeners (phase MAX_VALUE - 100), so what they record is sent; stop after them, so
        // the last recorded deliveries are not left mid-try
        super(Integer.MAX_VALUE - 1000);
        this.deliveries = deliveries;
        this.tries = tries;
        this.settings = properties.sending();
        this.clock = clock;
        this.permits = new Semaphore(settings.concurrency());
    }

    /** The running loop and its thread. */
    record Ticks(Disposable loop, Scheduler scheduler) {}

    /** Deliveries just recorded, each reserved for its first try by the record itself: they go at once. */
    void accept(List<Delivery> recorded) {
        reserved.addAll(recorded);
        dispatch();
    }

    private void tick() {
        if (!accepting) {
            return;
        }
        Instant now = clock.instant();
        sweepIfDue(now);
        claimDue(now);
        dispatch();
    }

    private void dispatch() {
        while (accepting && !reserved.isEmpty() && permits.tryAcquire()) {
            List<Delivery> batch = take(settings.batchSize());
            if (batch.isEmpty()) {
                permits.release();
                return;
            }
            tries.attempt(batch, smtp)
                    .doOnNext(next -> next.forEach(this::takeUpLater))
                    .doFinally(signal -> {
                        permits.release();
                        dispatch();
                    })
                    .subscribe();
        }
    }

    private List<Delivery> take(int most) {
        List<Delivery> batch = new ArrayList<>();
        Delivery next;
        while (batch.size() < most && (next = reserved.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void takeUpLater(Delivery delivery) {
        later.merge(delivery.id(), delivery, (known, newer) -> newer.revision() >= known.revision() ? newer : known);
    }

    /** Reserves, in one write, the deliveries whose time has come. */
    private void claimDue(Instant now) {
        if (later.isEmpty() || !claiming.compareAndSet(false, true)) {
            return;
        }
        List<Delivery> due = later.values().stream()
                .filter(delivery -> !delivery.nextAttemptAt().isAfter(now))
                .limit(settings.batchSize())
                .toList();
        due.forEach(delivery -> later.remove(delivery.id(), delivery));
        deliveries
                .claimAll(due, now, settings.lease())
                .doOnNext(claimed -> {
                    reserved.addAll(claimed);
                    dispatch();
                })
                .onErrorResume(failure -> {
                    log.warn(
                            "{} due deliveries could not be reserved, trying again in {}: {}",
                            due.size(),
                            DeliveryTries.STORE_RETRY,
                            failure.getClass().getSimpleName());
                    Instant again = clock.instant().plus(DeliveryTries.STORE_RETRY);
                    due.forEach(delivery -> takeUpLater(delivery.dueAt(again)));
                    return Mono.empty();
                })
                .doFinally(signal -> claiming.set(false))
                .subscribe();
    }

    /** Reads the store for deliveries due soon that this instance does not know of; again at once while it finds more. */
    private void sweepIfDue(Instant now) {
        if (now.isBefore(nextSweep) || !sweeping.compareAndSet(false, true)) {
            return;
        }
        deliveries
                .pending(now.plus(settings.sweepInterval()), settings.batchSize())
                .collectList()
                .doOnNext(page -> {
                    long fresh = page.stream()
                            .filter(delivery -> later.putIfAbsent(delivery.id(), delivery) == null)
                            .count();
                    boolean more = page.size() == settings.batchSize() && fresh > 0;
                    nextSweep = more ? Instant.MIN : clock.instant().plus(settings.sweepInterval());
                })
                .onErrorResume(failure -> {
                    log.warn(
                            "Looking for pending deliveries failed, looking again in {}: {}",
                            DeliveryTries.STORE_RETRY,
                            failure.getClass().getSimpleName());
                    nextSweep = clock.instant().plus(DeliveryTries.STORE_RETRY);
                    return Mono.empty();
                })
                .doFinally(signal -> sweeping.set(false))
                .subscribe();
    }

    @Override
    protected Ticks begin() {
        Scheduler loopScheduler = Schedulers.newSingle("delivery-loop");
        smtp = Schedulers.newBoundedElastic(settings.concurrency(), Integer.MAX_VALUE, "smtp");
        accepting = true;
        nextSweep = Instant.MIN;
        Disposable loop = Flux.interval(settings.tick(), loopScheduler)
                .onBackpressureDrop()
                .subscribe(tick -> {
                    try {
                        tick();
                    } catch (RuntimeException e) {
                        log.error("Delivery loop tick failed", Redacted.of(e));
                    }
                });
        return new Ticks(loop, loopScheduler);
    }

    /**
     * Takes no new batches and waits for those in flight: an email SMTP accepted must get its SENT mark before the
     * store goes away, or the next start would send it again. Reservations not used are given back, so the next
     * start (or another instance) need not wait for their leases to end.
     */
    @Override
    protected void end(Ticks running) {
        accepting = false;
        running.loop().dispose();
        try {
            if (permits.tryAcquire(settings.concurrency(), STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                releaseUnused();
                permits.release(settings.concurrency());
            } else {
                log.warn(
                        "Stopped with deliveries still in flight; their leases will expire and they will be tried again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.scheduler().dispose();
        smtp.dispose();
    }

    private void releaseUnused() {
        List<Delivery> unused = take(Integer.MAX_VALUE);
        if (unused.isEmpty()) {
            return;
        }
        try {
            // stopping, not a request path: the store must have them back before it goes away
            deliveries.release(unused, clock.instant()).block(STOP_TIMEOUT);
        } catch (RuntimeException e) {
            log.warn(
                    "{} reserved deliveries could not be given back; they are tried again once their leases end: {}",
                    unused.size(),
                    e.getClass().getSimpleName());
        }
    }
}
