package org.peermentor.intake.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.peermentor.contracts.Profile;
import org.peermentor.service.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only trail of every read and change of a participant's or mentor's record. Entries are only ever
 * inserted — nothing in the service updates or deletes them — and an access is answered only after its entry is
 * stored, so no read goes unrecorded.
 */
@Component
public class AuditTrail {

    static final String COLLECTION = "audit";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public AuditTrail(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Creates the index that finds a record's entries; called once at start. */
    public Mono<Void> ensureIndexes() {
        return mongo.indexOps(COLLECTION)
                .createIndex(new Index().on("recordId", Sort.Direction.ASC).named("by_record"))
                .then();
    }

    public Mono<Void> record(Caller caller, RecordAction action, String recordType, String recordId, String programId) {
        return mongo.insert(entry(caller, action, recordType, recordId, programId), COLLECTION)
                .then();
    }

    /** One entry per record a list answer shows. */
    public Mono<Void> recordAll(
            Caller caller, RecordAction action, String recordType, List<? extends Profile> records) {
        if (records.isEmpty()) {
            return Mono.empty();
        }
        List<Document> entries = records.stream()
                .map(p -> entry(caller, action, recordType, p.id(), p.programId()))
                .toList();
        return mongo.insert(entries, COLLECTION).then();
    }

    /** A record's trail, oldest first, limited to the programs the caller may see. */
    public Flux<RecordAccess> of(String recordId, Caller caller) {
        return mongo.find(Query.query(where("recordId").is(recordId)), Document.class, COLLECTION)
                .filter(entry -> caller.mayAct(entry.getString("programId")))
                .map(AuditTrail::view)
                .sort((a, b) -> a.at().compareTo(b.at()));
    }

    private Document entry(Caller caller, RecordAction action, String recordType, String recordId, String programId) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(clock.instant()))
                .append("actor", caller.subject())
                .append("actorName", caller.displayName())
                .append("client", caller.clientId())
                .append("roles", String.join(",", caller.roles()))
                .append("action", action.name())
                .append("recordType", recordType)
                .append("recordId", recordId)
                .append("programId", programId);
    }

    private static RecordAccess view(Document entry) {
        String actor = entry.getString("actor");
        // entries written before people signed in named the client only: it was the actor and its own name
        var who = new Accessor(
                actor, entry.get("actorName", actor), entry.get("client", actor), entry.getString("roles"));
        var which = new AccessedRecord(
                entry.getString("recordType"), entry.getString("recordId"), entry.getString("programId"));
        return new RecordAccess(
                entry.getString("_id"), entry.getDate("at").toInstant(), who, entry.getString("action"), which);
    }
}
