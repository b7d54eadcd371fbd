package org.peermentor.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored deliveries. Recording is an insert under the delivery's own id, so MongoDB's always-present unique
 * {@code _id} index refuses a second record of the same (event, recipient). Every later change names the revision
 * it was decided on; a change that finds another revision changes nothing. Writes come in batches — one command
 * for many deliveries — because the store pays per command (on the embedded server, a commit each).
 */
@Component
public record DeliveryLog(ReactiveMongoTemplate mongo) {

    static final String COLLECTION = "deliveries";

    /** Records new deliveries in one write, unordered, so a delivery recorded before does not stop the others. */
    Mono<Recording> recordAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Mono.just(new Recording(List.of(), Set.of()));
        }
        List<Document> documents =
                deliveries.stream().map(DeliveryDocuments::toDocument).toList();
        return mongo.getCollection(COLLECTION)
                .flatMap(collection ->
                        Mono.from(collection.insertMany(documents, new InsertManyOptions().ordered(false))))
                .thenReturn(new Recording(deliveries, Set.of()))
                .onErrorResume(
                        MongoBulkWriteException.class,
                        failure -> failure.getWriteConcernError() != null
                                ? Mono.error(failure)
                                : Mono.just(Recording.afterErrors(deliveries, failure.getWriteErrors())));
    }

    public Mono<Delivery> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(DeliveryDocuments::fromDocument);
    }

    /**
     * Reserves due deliveries for one try each until the lease ends, in one write; emits those reserved by this
     * call (a delivery someone else changed first is left out).
     */
    Mono<List<Delivery>> claimAll(List<Delivery> due, Instant now, Duration lease) {
        if (due.isEmpty()) {
            return Mono.just(List.of());
        }
        String claim = UUID.randomUUID().toString();
        List<Delivery> claimed =
                due.stream().map(delivery -> delivery.claimed(now, lease)).toList();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            writes.add(change(
                    due.get(i),
                    new Document(
                            "$set",
                            new Document("tries", claimed.get(i).tries())
                                    .append(
                                            "nextAttemptAt",
                                            Date.from(claimed.get(i).nextAttemptAt()))
                                    .append("lastAttemptAt", Date.from(now))
                                    .append("claim", claim))));
        }
        return write(writes)
                .flatMap(matched -> matched == writes.size()
                        ? Mono.just(claimed)
                        // some were changed by someone else: the claim mark tells which are ours
                        : mongo.find(
                                        Query.query(where("_id")
                                                .in(claimed.stream()
                                                        .map(Delivery::id)
                                                        .toList())),
                                        Document.class,
                                        COLLECTION)
                                .filter(document -> claim.equals(document.getString("claim")))
                                .map(DeliveryDocuments::fromDocument)
                                .collectList());
    }

    /** Stores the outcomes of tries in one write; emits how many applied (each only to the revision it was decided on). */
    Mono<Integer> settle(List<Outcome> outcomes) {
        return write(outcomes.stream()
                .map(outcome -> change(outcome.tried(), update(outcome)))
                .toList());
    }

    /** Gives up reservations this instance will not use (it is stopping), so the deliveries are due again at once. */
    Mono<Integer> release(List<Delivery> reserved, Instant now) {
        return write(reserved.stream()
                .map(delivery -> change(delivery, new Document("$set", new Document("nextAttemptAt", Date.from(now)))))
                .toList());
    }

    /** The PENDING deliveries due before {@code dueBefore}, soonest first, for the sender's sweep. */
    Flux<Delivery> pending(Instant dueBefore, int limit) {
        Query query = Query.query(where("status")
                        .is(DeliveryStatus.PENDING.name())
                        .and("nextAttemptAt")
                        .lte(Date.from(dueBefore)))
                .with(Sort.by("nextAttemptAt"))
                .limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(DeliveryDocuments::fromDocument);
    }

    /**
     * The log, oldest first, narrowed by whichever of programs ({@code null}: every program; a delivery recorded
     * without its program is in none), pairing, recipient address and status are given.
     */
    public Flux<Delivery> search(
            Collection<String> programIds,
            String pairingId,
            String recipient,
            DeliveryStatus status,
            int page,
            int size) {
        Query query = new Query();
        if (programIds != null) {
            query.addCriteria(where("programId").in(programIds));
        }
        if (pairingId != null) {
            query.addCriteria(where("pairingId").is(pairingId));
        }
        if (recipient != null) {
            query.addCriteria(where("recipientKey").is(recipientKey(recipient)));
        }
        if (status != null) {
            query.addCriteria(where("status").is(status.name()));
        }
        query.with(Sort.by("createdAt", "_id")).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).map(DeliveryDocuments::fromDocument);
    }

    private Mono<Integer> write(List<? extends WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return Mono.just(0);
        }
        return mongo.getCollection(COLLECTION)
                .flatMap(collection -> Mono.from(collection.bulkWrite(writes, new BulkWriteOptions().ordered(false))))
                .map(result -> result.getMatchedCount());
    }

    // {_id, revision} is matched by a unique index of exactly those keys, which every server, embedded or not, uses
    private static UpdateOneModel<Document> change(Delivery expected, Document update) {
        update.computeIfAbsent("$inc", key -> new Document());
        update.get("$inc", Document.class).append("revision", 1);
        return new UpdateOneModel<>(new Document("_id", expected.id()).append("revision", expected.revision()), update);
    }

    private static Document update(Outcome outcome) {
        Document set = new Document("attempts", outcome.attempts()).append("reason", outcome.reason());
        if (outcome.address() != null) {
            set.append("recipient", outcome.address()).append("recipientKey", recipientKey(outcome.address()));
        }
        if (outcome.status() == DeliveryStatus.PENDING) {
            return new Document("$set", set.append("nextAttemptAt", Date.from(outcome.at())));
        }
        // final: the content, response token included, is erased
        set.append("status", outcome.status().name())
                .append("sentAt", outcome.at() == null ? null : Date.from(outcome.at()));
        return new Document("$set", set).append("$unset", new Document("content", ""));
    }

    private static String recipientKey(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
