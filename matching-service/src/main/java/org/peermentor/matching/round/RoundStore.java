package org.peermentor.matching.round;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import org.bson.Document;
import org.peermentor.service.store.BsonRecords;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rounds, each one document; queries use the top-level copies of program, status and start time. */
@Component
class RoundStore {

    static final String COLLECTION = "rounds";

    private final ReactiveMongoTemplate mongo;

    RoundStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<MatchRound> insert(MatchRound round) {
        return mongo.insert(document(round).append("applied", false), COLLECTION).thenReturn(round);
    }

    /**
     * Replaces a round still SOLVING with its outcome, in one write; {@code applied} stays false until the changes are
     * made. Empty when the round had already ended (a shutdown marked it FAILED first): its outcome is not applied.
     */
    Mono<MatchRound> complete(MatchRound round) {
        Update update = new Update().set("status", round.status().name()).set("round", BsonRecords.toBson(round));
        return mongo.updateFirst(Query.query(where("_id").is(round.id())
                                .and("status").is(MatchRound.RoundStatus.SOLVING.name())), update, COLLECTION)
                .filter(result -> result.getMatchedCount() > 0)
                .map(result -> round);
    }

    Mono<Void> markApplied(String roundId) {
        return mongo.updateFirst(Query.query(where("_id").is(roundId)), new Update().set("applied", true), COLLECTION)
                .then();
    }

    Mono<MatchRound> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(RoundStore::round);
    }

    Flux<MatchRound> ofProgram(String programId) {
        return mongo.find(Query.query(where("programId").is(programId)).with(Sort.by(Sort.Direction.DESC, "startedAt")),
                Document.class, COLLECTION).map(RoundStore::round);
    }

    Flux<MatchRound> interrupted() {
        return mongo.find(Query.query(where("status").is(MatchRound.RoundStatus.SOLVING.name())), Document.class,
                COLLECTION).map(RoundStore::round);
    }

    Flux<MatchRound> completedNotApplied() {
        return mongo.find(Query.query(where("status").is(MatchRound.RoundStatus.COMPLETED.name())
                        .and("applied").is(false)), Document.class, COLLECTION).map(RoundStore::round);
    }

    private static Document document(MatchRound round) {
        return new Document("_id", round.id())
                .append("programId", round.programId())
                .append("status", round.status().name())
                .append("dryRun", round.dryRun())
                .append("startedAt", Date.from(round.startedAt()))
                .append("round", BsonRecords.toBson(round));
    }

    private static MatchRound round(Document document) {
        return BsonRecords.fromBson(document.get("round", Document.class), MatchRound.class);
    }
}
