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
 * atomic insert on any MongoDB. While a program is being planned its proposals cannot be decided on.
 */
@Component
public class RoundLocks {

    static final String COLLECTION = "round_locks";

    private final ReactiveMongoTemplate mongo;

    RoundLocks(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Emits the round id that holds the program now: the given one if the lock was free. */
    Mono<String> acquire(String programId, String roundId, Instant now) {
        return mongo.insert(new Document("_id", programId).append("roundId", roundId).append("since", Date.from(now)),
                        COLLECTION)
                .thenReturn(roundId)
                .onErrorResume(DuplicateKeyException.class, taken -> holder(programId).defaultIfEmpty(roundId));
    }

    Mono<Void> release(String programId, String roundId) {
        return mongo.remove(Query.query(where("_id").is(programId).and("roundId").is(roundId)), COLLECTION).then();
    }

    public Mono<Boolean> isPlanning(String programId) {
        return mongo.exists(Query.query(where("_id").is(programId)), COLLECTION);
    }

    Mono<String> holder(String programId) {
        return mongo.findById(programId, Document.class, COLLECTION).map(lock -> lock.getString("roundId"));
    }
}
