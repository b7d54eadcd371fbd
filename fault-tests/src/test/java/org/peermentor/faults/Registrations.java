package org.peermentor.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers a cohort through intake as intake desks would: a few requests at a time, each sent again with the same
 * {@code Idempotency-Key} after a 503 (once its {@code Retry-After} has passed) or when no answer came, until it is
 * answered 201. Anything else is kept as unexpected. With several intake instances the registrations take turns
 * among them, and a request sent again goes to the next instance, as a client behind a load balancer would see it:
 * one refused because its instance died reaches one that lives.
 */
final class Registrations {

    private static final int MAX_ATTEMPTS = 60;

    /** A registration intake answered 201, with the id it gave. */
    record Acknowledged(Cohort.Registration registration, String id) {}

    private final List<Api> intakes;
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final List<Api.Answer> unavailable = new CopyOnWriteArrayList<>();
    private final List<Api.Answer> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile boolean stopped;
    // threads of its own: the common pool has one thread on two cores, and the feeder blocks while the slots are taken
    private final ExecutorService feeder = Executors.newSingleThreadExecutor();
    private final ExecutorService retrying = Executors.newCachedThreadPool();

    Registrations(Api intake) {
        this(List.of(intake));
    }

    Registrations(List<Api> intakes) {
        this.intakes = List.copyOf(intakes);
    }

    /** Starts registering everyone, at most {@code concurrency} at once; completes when each has its final answer. */
    CompletableFuture<Void> start(List<Cohort.Registration> everyone, int concurrency) {
        Semaphore slots = new Semaphore(concurrency);
        return CompletableFuture.supplyAsync(
                        () -> {
                            List<CompletableFuture<Void>> all = new ArrayList<>();
                            for (int turn = 0; turn < everyone.size(); turn++) {
                                slots.acquireUninterruptibly();
                                all.add(attempt(everyone.get(turn), turn, 1)
                                        .whenComplete((done, failure) -> slots.release()));
                            }
                            return all;
                        },
                        feeder)
                .thenCompose(all -> CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)))
                .whenComplete((done, failure) -> {
                    feeder.shutdown();
                    retrying.shutdown();
                });
    }

    /** Sends nothing more: requests under way end with whatever answer they get, and are not sent again. */
    void stop() {
        stopped = true;
    }

    private CompletableFuture<Void> attempt(Cohort.Registration registration, int turn, int attempt) {
        if (stopped) {
            return CompletableFuture.completedFuture(null);
        }
        Api intake = intakes.get((turn + attempt - 1) % intakes.size());
        return intake.postAsync(registration.path(), registration.body(), registration.idempotencyKey())
                .thenCompose(answer -> {
                    if (answer.status() == 201) {
                        acknowledged.put(
                                registration.email(),
                                new Acknowledged(
                                        registration, answer.body().get("id").asString()));
                        return CompletableFuture.completedFuture(null);
                    }
                    boolean tryAgain = answer.status() == 503 || answer.status() == 0;
                    if (answer.status() == 503) {
                        unavailable.add(answer);
                    }
                    if (stopped) {
                        return CompletableFuture.completedFuture(null);
                    }
                    if (!tryAgain || attempt == MAX_ATTEMPTS) {
                        unexpected.add(answer);
                        return CompletableFuture.completedFuture(null);
                    }
                    retries.incrementAndGet();
                    // a client honours Retry-After; a request that got no answer is tried again a second later
                    long seconds = answer.headers()
                            .firstValue("Retry-After")
                            .map(Long::parseLong)
                            .orElse(1L);
                    return CompletableFuture.runAsync(
                                    () -> {}, CompletableFuture.delayedExecutor(seconds, TimeUnit.SECONDS, retrying))
                            .thenCompose(waited -> attempt(registration, turn, attempt + 1));
                });
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Every 503 intake answered (each was tried again). */
    List<Api.Answer> unavailable() {
        return List.copyOf(unavailable);
    }

    /** Answers that ended a registration without a 201. */
    List<Api.Answer> unexpected() {
        return List.copyOf(unexpected);
    }

    int retries() {
        return retries.get();
    }
}
