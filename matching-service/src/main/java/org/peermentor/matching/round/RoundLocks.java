package org.peermentor.matching.round;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One round per program at a time: a lock is a document whose id is the program id, so taking it is one
 * atomic insert on any MongoDB. Decisions on proposals do not wait for it: a round applies its outcome only where
 * its snapshot still holds (see {@link RoundChanges#apply}).
 */
@Component
public record RoundLocks(ReactiveMongoTemplate mongo) {

    static final String COLLECTION = "round_locks";
    /** The holder named when the lock kept changing hands while this call tried for it. */
    static final String CHANGING_HANDS = "another round";

    private static final int ATTEMPTS = 5;

    /**
     * Emits the round id that holds the program now: the given one only if this call took the lock. A lock released
     * between a refused insert and the look at its holder is tried for again: it is free, but not taken by this call
     * (taking it for granted once let two rounds plan the same program at once and propose the same people twice).
     */
    Mono<String> acquire(String programId, String roundId, Instant now) {
        return acquire(programId, roundId, now, ATTEMPTS);
    }

    private Mono<String> acquire(String programId, String roundId, Instant now, int attemptsLeft) {
        return mongo.insert(
                        new Document("_id", programId)
                                .append("roundId", roundId)
                                .append("since", Date.from(now)),
                        COLLECTION)
                .thenReturn(roundId)
                .onErrorResume(
                        DuplicateKeyException.class,
                        taken -> holder(programId)
                                .switchIfEmpty(Mono.defer(() -> attemptsLeft > 1
                                        ? acquire(programId, roundId, now, attemptsLeft - 1)
                                        : Mono.just(CHANGING_HANDS))));
    }

    Mono<Void> release(String programId, String roundId) {
        return mongo.remove(
                        Query.query(where("_id").is(programId).and("roundId").is(roundId)), COLLECTION)
                .then();
    }

    public Mono<Boolean> isPlanning(String programId) {
        return mongo.exists(Query.query(where("_id").is(programId)), COLLECTION);
    }

    Mono<String> holder(String programId) {
        return mongo.findById(programId, Document.class, COLLECTION).map(lock -> lock.getString("roundId"));
    }
}
