package org.peermentor.notification.contact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.Map;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The stored contacts, one document per person keyed by profile id. A change is applied only when it carries a
 * higher profile version than the stored one, so replays and late duplicates change nothing.
 */
@Component
public record ContactDirectory(ReactiveMongoTemplate mongo) {

    static final String COLLECTION = "contacts";
    private static final int CONCURRENT_WRITE_RETRIES = 5;

    /** The contacts of these people, by id, in one query; people the directory does not know are left out. */
    public Mono<Map<String, Contact>> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        // {_id: {$in: …}} alone: served by the _id index, on the embedded server too
        return mongo.find(Query.query(where("_id").in(ids)), Document.class, COLLECTION)
                .map(ContactDocuments::contactOf)
                .collectMap(Contact::id);
    }

    /** Stores the contact unless the directory already holds this or a later version; true when it changed. */
    public Mono<Boolean> apply(Contact incoming) {
        return mongo.findById(incoming.id(), Document.class, COLLECTION)
                .flatMap(stored -> {
                    long storedVersion = stored.get("version", Number.class).longValue();
                    if (storedVersion >= incoming.version()) {
                        return Mono.just(false);
                    }
                    // {_id, version} is matched by a unique index of exactly those keys, which every server uses
                    return mongo.updateFirst(
                                    Query.query(where("_id")
                                            .is(incoming.id())
                                            .and("version")
                                            .is(storedVersion)),
                                    Update.fromDocument(new Document("$set", ContactDocuments.fields(incoming))),
                                    COLLECTION)
                            .flatMap(result -> result.getMatchedCount() == 1
                                    ? Mono.just(true)
                                    : Mono.error(new ConcurrentWrite()));
                })
                .switchIfEmpty(Mono.defer(() -> mongo.insert(
                                ContactDocuments.fields(incoming).append("_id", incoming.id()), COLLECTION)
                        .thenReturn(true)
                        .onErrorMap(DuplicateKeyException.class, duplicate -> new ConcurrentWrite())))
                .retryWhen(Retry.max(CONCURRENT_WRITE_RETRIES).filter(ConcurrentWrite.class::isInstance));
    }

    /** Erases a person entirely, as a tombstone on a compacted profile topic asks. */
    public Mono<Void> forget(String id) {
        return mongo.remove(Query.query(where("_id").is(id)), COLLECTION).then();
    }

    /** Another writer changed the contact between our read and our write: read again. */
    private static final class ConcurrentWrite extends RuntimeException {
        ConcurrentWrite() {
            super("contact changed concurrently", null, false, false);
        }
    }
}
