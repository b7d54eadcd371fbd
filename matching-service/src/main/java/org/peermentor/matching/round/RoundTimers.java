package org.peermentor.matching.round;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.result.DeleteResult;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The settle timers' due times, one document per program, so a timer outlives the instance that set it: after a
 * restart, or on another instance, a due time that passed is found and its round started. Starting is claimed by
 * removing the document while it still holds the due time read, so of several instances exactly one starts it.
 */
@Component
record RoundTimers(ReactiveMongoTemplate mongo) {
    static final String COLLECTION = "round_timers";

    /** The program's automatic round is due at {@code dueAt}; a later nudge moves it later. */
    Mono<Void> dueAt(String programId, Instant dueAt) {
        return mongo.upsert(
                        Query.query(where("_id").is(programId)),
                        new Update().set("dueAt", Date.from(dueAt)),
                        COLLECTION)
                .then();
    }

    /** True for the one caller that takes the program's timer while it is due by {@code now}. */
    Mono<Boolean> claim(String programId, Instant now) {
        return mongo.remove(Query.query(where("_id").is(programId).and("dueAt").lte(Date.from(now))), COLLECTION)
                .map(DeleteResult::getDeletedCount)
                .map(removed -> removed == 1);
    }

    /** The programs whose timer was due by {@code before}: left by an instance that stopped, or is running late. */
    Flux<String> dueBy(Instant before) {
        return mongo.find(Query.query(where("dueAt").lte(Date.from(before))), Document.class, COLLECTION)
                .map(timer -> timer.getString("_id"));
    }
}
