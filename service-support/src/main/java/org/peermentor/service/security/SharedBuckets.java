package org.peermentor.service.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Rate-limit buckets kept in MongoDB, so every instance of a service spends from the same one: a client cannot get
 * twice its limit by reaching two instances. Each bucket is one document holding the time its next request would be
 * on schedule (the generic cell rate algorithm, the same limit as a token bucket of {@code burst} tokens refilling at
 * {@code perSecond}), changed by a write conditional on the value read, so two instances never both spend the last
 * request. A bucket's key names its limit, so a changed limit starts afresh. Full buckets are removed now and then.
 * While the store cannot be reached, requests are let through: the request itself then meets the outage.
 */
public class SharedBuckets {

    static final String COLLECTION = "rate_limits";

    private static final int ATTEMPTS = 3;
    private static final long CLEAN_EVERY = 10_000;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final AtomicLong takes = new AtomicLong();

    public SharedBuckets(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** 0 when a request may pass, else the seconds until one may. */
    Mono<Long> take(String key, RateLimit limit) {
        String id = key + "|" + limit.burst() + "/" + limit.perSecond();
        if (takes.incrementAndGet() % CLEAN_EVERY == 0) {
            removeFull().subscribe(removed -> {}, failure -> {});
        }
        return attempt(id, limit, ATTEMPTS).onErrorResume(failure -> Mono.just(0L));
    }

    private Mono<Long> attempt(String id, RateLimit limit, int attemptsLeft) {
        return mongo.findById(id, Document.class, COLLECTION)
                .map(bucket -> Optional.of(bucket.getLong("next")))
                .defaultIfEmpty(Optional.empty())
                .flatMap(read -> {
                    long now = micros(clock.instant());
                    double interval = 1e6 / Math.max(limit.perSecond(), 1e-9);
                    double window = Math.max(1, limit.burst()) * interval;
                    long next = (long) (Math.max(read.orElse(now), now) + interval);
                    if (next - now > window) {
                        return Mono.just(Math.max(1, (long) Math.ceil((next - now - window) / 1e6)));
                    }
                    return write(id, read, next)
                            .flatMap(written -> written || attemptsLeft <= 1
                                    ? Mono.just(0L) // spent; or contended past reason: let it through
                                    : attempt(id, limit, attemptsLeft - 1));
                });
    }

    private Mono<Boolean> write(String id, Optional<Long> read, long next) {
        Date full = Date.from(Instant.EPOCH.plusNanos(next * 1000));
        if (read.isEmpty()) {
            return mongo.insert(new Document("_id", id).append("next", next).append("fullAt", full), COLLECTION)
                    .thenReturn(true)
                    .onErrorResume(DuplicateKeyException.class, spentMeanwhile -> Mono.just(false));
        }
        return mongo.updateFirst(
                        Query.query(where("_id").is(id).and("next").is(read.get())),
                        new Update().set("next", next).set("fullAt", full),
                        COLLECTION)
                .map(result -> result.getModifiedCount() == 1);
    }

    /** Removes the buckets that have refilled: a full bucket is the same as none. */
    Mono<Long> removeFull() {
        return mongo.remove(Query.query(where("fullAt").lt(Date.from(clock.instant()))), COLLECTION)
                .map(result -> result.getDeletedCount());
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }
}
