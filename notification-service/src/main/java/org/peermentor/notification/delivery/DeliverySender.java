package org.peermentor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peermentor.notification.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The sender loop: every tick it starts an attempt (see {@link DeliveryAttempts}) for each delivery that is due,
 * at most {@code concurrency} at once, each handing its email to SMTP on a bounded pool. The listener announces new
 * deliveries for a fast start; a periodic sweep of the store finds the rest (after a restart, or recorded by
 * another instance). What it holds in memory is only which deliveries are due when; the store is the truth.
 */
@Component
class DeliverySender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final DeliveryLog deliveries;
    private final DeliveryAttempts attempts;
    private final NotificationProperties.Sending settings;
    private final Clock clock;
    /** Deliveries this instance knows of, and when each is next due. Emptied as they end. */
    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    private final Semaphore permits;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private volatile Instant nextSweep = Instant.MIN;
    private volatile boolean accepting;
    private volatile Disposable loop;
    private volatile Scheduler loopScheduler;
    private volatile Scheduler smtp;

    DeliverySender(DeliveryLog deliveries, DeliveryAttempts attempts, NotificationProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.settings = properties.sending();
        this.clock = clock;
        this.permits = new Semaphore(settings.concurrency());
    }

    /** A delivery was just recorded: try it on the next tick rather than waiting for the sweep. */
    void announce(String deliveryId) {
        due.put(deliveryId, Instant.MIN);
    }

    private void tick() {
        if (!accepting) {
            return;
        }
        Instant now = clock.instant();
        sweepIfDue(now);
        for (Map.Entry<String, Instant> entry : due.entrySet()) {
            if (entry.getValue().isAfter(now)) {
                continue;
            }
            if (!permits.tryAcquire()) {
                return;
            }
            if (due.remove(entry.getKey(), entry.getValue())) {
                String id = entry.getKey();
                attempts.attempt(id, smtp)
                        .doOnNext(next -> due.merge(id, next, DeliverySender::earlier))
                        .doFinally(signal -> permits.release())
                        .subscribe();
            } else {
                permits.release();
            }
        }
    }

    private void sweepIfDue(Instant now) {
        if (now.isBefore(nextSweep) || !sweeping.compareAndSet(false, true)) {
            return;
        }
        deliveries.pending(settings.batchSize())
                .doOnNext(delivery -> due.putIfAbsent(delivery.id(), delivery.nextAttemptAt()))
                .then()
                .doOnSuccess(done -> nextSweep = clock.instant().plus(settings.sweepInterval()))
                .onErrorResume(failure -> {
                    log.warn("Looking for pending deliveries failed, looking again in {}: {}", DeliveryAttempts.STORE_RETRY,
                            failure.getClass().getSimpleName());
                    nextSweep = clock.instant().plus(DeliveryAttempts.STORE_RETRY);
                    return Mono.empty();
                })
                .doFinally(signal -> sweeping.set(false))
                .subscribe();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public void start() {
        loopScheduler = Schedulers.newSingle("delivery-loop");
        smtp = Schedulers.newBoundedElastic(settings.concurrency(), Integer.MAX_VALUE, "smtp");
        accepting = true;
        nextSweep = Instant.MIN;
        loop = Flux.interval(settings.tick(), loopScheduler)
                .onBackpressureDrop()
                .subscribe(tick -> {
                    try {
                        tick();
                    } catch (RuntimeException e) {
                        log.error("Delivery loop tick failed", e);
                    }
                });
    }

    /**
     * Takes no new attempts and waits for those in flight: an email SMTP accepted must get its SENT mark before
     * the store goes away, or the next start would send it again.
     */
    @Override
    public void stop() {
        accepting = false;
        Disposable running = loop;
        if (running == null) {
            return;
        }
        running.dispose();
        loop = null;
        try {
            if (permits.tryAcquire(settings.concurrency(), STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                permits.release(settings.concurrency());
            } else {
                log.warn("Stopped with deliveries still in flight; their leases will expire and they will be tried again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loopScheduler.dispose();
        smtp.dispose();
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    @Override
    public int getPhase() {
        // start before the Kafka listeners (phase MAX_VALUE - 100), so announcements are heard; stop after them, so
        // the last recorded deliveries are not left mid-attempt
        return Integer.MAX_VALUE - 1000;
    }
}
