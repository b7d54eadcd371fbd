package org.peermentor.service.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the events waiting in profile documents, in version order per profile, and removes each from its
 * document once Kafka has acknowledged it. Writes announce themselves for a fast path; a periodic sweep finds
 * anything not announced (a restart, another instance, a Kafka outage), so nothing waits forever.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int DOCUMENTS_IN_FLIGHT = 256;
    private static final Duration BACKLOG_EVERY = Duration.ofSeconds(5);

    private final ReactiveMongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final RelayedStores stores;
    private final Clock clock;
    private final OutboxTelemetry telemetry;
    private final Announcements announced = new Announcements();
    private final Scheduler scheduler = Schedulers.newSingle("outbox-relay");
    private volatile Loop loop;
    private Instant nextAttempt = Instant.MIN;
    private Instant nextSweep = Instant.MIN;
    private Duration backoff = Duration.ZERO;

    /** @param telemetry the relay's metrics, and the traces its sends continue */
    OutboxRelay(
            ReactiveMongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            RelayedStores stores,
            Clock clock,
            OutboxTelemetry telemetry) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.stores = stores;
        this.clock = clock;
        this.telemetry = telemetry;
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
                        .flatMapMany(documents -> publish(collection, documents)))
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
        if (sweep) {
            return mongo.find(
                            Query.query(where("outbox.eventId").exists(true))
                                    .limit(stores.settings().batchSize()),
                            Document.class,
                            collection)
                    .collectList()
                    .doOnNext(found -> {
                        if (found.size() == stores.settings().batchSize()) {
                            nextSweep = Instant.MIN; // more are waiting: sweep again on the next tick
                        }
                    })
                    .flatMapIterable(found -> found);
        }
        // One query for the batch: {_id: {$in: …}} is answered from the _id index by MongoDB and the embedded server
        // alike
        List<String> ids = announced.drain(collection, stores.settings().batchSize());
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return mongo.find(Query.query(where("_id").in(ids)), Document.class, collection)
                .filter(document ->
                        !document.getList("outbox", Document.class, List.of()).isEmpty());
    }

    /**
     * Sends the events of these documents (each document's in version order, documents side by side), then takes
     * the events sent off their documents in one update — one write for the batch, not one per document. Emits the
     * documents whose events went out; when a send failed, the others are still taken off and then the pass fails,
     * so what failed is sent again later.
     */
    private Flux<Document> publish(String collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return Flux.empty();
        }
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        return Flux.fromIterable(documents)
                .flatMap(
                        document -> send(document).thenReturn(document).onErrorResume(failure -> {
                            failures.add(failure);
                            return Mono.empty();
                        }),
                        DOCUMENTS_IN_FLIGHT)
                .collectList()
                .flatMapMany(sent -> removeSent(collection, sent).thenMany(Flux.fromIterable(sent)))
                .concatWith(Mono.defer(() -> failures.isEmpty() ? Mono.empty() : Mono.error(failures.get(0))));
    }

    private Mono<Void> send(Document document) {
        return Flux.fromIterable(entries(document))
                .publishOn(scheduler)
                .concatMap(entry -> Mono.fromFuture(() -> telemetry.inTraceOf(
                                entry, () -> kafka.send(CloudEventRecords.of(entry, stores.source()))))
                        .doOnSuccess(sent -> telemetry.published(entry)))
                .then();
    }

    private Mono<Void> removeSent(String collection, List<Document> sent) {
        if (sent.isEmpty()) {
            return Mono.empty();
        }
        List<Object> ids = sent.stream().map(document -> document.get("_id")).toList();
        List<String> eventIds = sent.stream()
                .flatMap(document -> entries(document).stream())
                .map(OutboxEntry::eventId)
                .toList();
        return mongo.updateMulti(
                        Query.query(where("_id").in(ids)),
                        new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))),
                        collection)
                .then();
    }

    private static List<OutboxEntry> entries(Document document) {
        return document.getList("outbox", Document.class).stream()
                .map(OutboxEntry::from)
                .sorted(Comparator.comparingLong(OutboxEntry::version))
                .toList();
    }

    /** The running loop: the signal that ends it after the current pass, and its completion. */
    private record Loop(Sinks.One<Boolean> stop, CompletableFuture<Void> finished) {}

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void start() {
        Sinks.One<Boolean> stop = Sinks.one();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        Flux.interval(stores.settings().tick(), scheduler)
                .takeUntilOther(stop.asMono())
                .onBackpressureDrop()
                .concatMap(tick -> pass(), 1)
                .doFinally(signal -> finished.complete(null))
                .subscribe();
        Flux.interval(Duration.ZERO, BACKLOG_EVERY, scheduler)
                .takeUntilOther(stop.asMono())
                .onBackpressureDrop()
                .concatMap(tick -> telemetry.refreshBacklog(mongo, stores.collections()), 1)
                .subscribe();
        loop = new Loop(stop, finished);
    }

    /**
     * Lets the pass under way finish (cutting it off would strand what it had taken from the announced set), then
     * publishes everything still waiting in the stores, so changes accepted before shutdown are not left for the
     * next start. Gives up after {@code stores.settings().flushTimeout()}, or at once while Kafka refuses: what is left
     * stays in the stores and goes out after the next start.
     */
    @Override
    public void stop() {
        Loop running = loop;
        if (running == null) {
            return;
        }
        loop = null;
        long deadline = System.nanoTime() + stores.settings().flushTimeout().toNanos();
        running.stop().tryEmitValue(true);
        try {
            running.finished().get(stores.settings().flushTimeout().toMillis(), TimeUnit.MILLISECONDS);
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

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    @Override
    public int getPhase() {
        // Stop before the web server and the Kafka producer factory, start after them.
        return Integer.MAX_VALUE - 2048;
    }
}
