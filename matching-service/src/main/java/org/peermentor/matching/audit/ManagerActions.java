package org.peermentor.matching.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.peermentor.matching.metrics.DecisionMeters;
import org.peermentor.service.audit.Actor;
import org.peermentor.service.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only trail of program managers' actions: each is one inserted document, never updated or deleted.
 * An action is answered only once its entry is stored. Ids are {@link ObjectId}s, which grow in the order entries
 * are made, so entries of the same millisecond still read oldest first.
 */
@Component
public record ManagerActions(ReactiveMongoTemplate mongo, Clock clock, DecisionMeters decisions) {

    static final String COLLECTION = "audit";

    /** Records that the caller of the current request did this, then completes. */
    public Mono<Void> record(AuditAction action, AuditTarget target) {
        return Caller.current()
                .flatMap(caller -> mongo.insert(entry(caller, action, target), COLLECTION))
                .doOnNext(stored -> decisions.acted(target.programId(), action.name()))
                .then();
    }

    /**
     * Records that the caller of the current request did this to each target, one entry each as {@link #record}
     * makes, in one insert; then completes.
     */
    public Mono<Void> recordAll(AuditAction action, List<AuditTarget> targets) {
        if (targets.isEmpty()) {
            return Mono.empty();
        }
        return Caller.current()
                .flatMap(caller -> mongo.insert(
                                targets.stream()
                                        .map(target -> entry(caller, action, target))
                                        .toList(),
                                COLLECTION)
                        .then())
                .doOnSuccess(done -> targets.forEach(target -> decisions.acted(target.programId(), action.name())))
                .then();
    }

    private Document entry(Caller caller, AuditAction action, AuditTarget target) {
        Document entry = new Document("_id", new ObjectId()).append("at", Date.from(clock.instant()));
        return Actor.of(caller)
                .addTo(entry)
                .append("action", action.name())
                .append("programId", target.programId())
                .append("pairingId", target.pairingId())
                .append("roundId", target.roundId());
    }

    /** The actions on one pairing, oldest first. */
    Flux<AuditEntry> ofPairing(String pairingId) {
        return find(Query.query(where("pairingId").is(pairingId)));
    }

    /** The actions on one program, oldest first. */
    Flux<AuditEntry> ofProgram(String programId) {
        return find(Query.query(where("programId").is(programId)));
    }

    private Flux<AuditEntry> find(Query query) {
        return mongo.find(query.with(Sort.by("at", "_id")), Document.class, COLLECTION)
                .map(ManagerActions::entry);
    }

    private static AuditEntry entry(Document stored) {
        Actor actor = Actor.from(stored);
        return AuditEntryBuilder.builder()
                .id(stored.getObjectId("_id").toHexString())
                .at(stored.getDate("at").toInstant())
                .actor(actor.actor())
                .actorName(actor.actorName())
                .client(actor.client())
                .action(AuditAction.valueOf(stored.getString("action")))
                .programId(stored.getString("programId"))
                .pairingId(stored.getString("pairingId"))
                .roundId(stored.getString("roundId"))
                .build();
    }
}
