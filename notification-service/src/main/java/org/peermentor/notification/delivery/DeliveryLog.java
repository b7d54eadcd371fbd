package org.peermentor.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.notification.contact.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The stored deliveries. Recording is an insert under the delivery's own id, so MongoDB's always-present unique
 * {@code _id} index refuses a second record of the same (event, recipient). Every later change names the revision
 * it was decided on; a change that finds another revision changes nothing.
 */
@Component
public class DeliveryLog {

    static final String COLLECTION = "deliveries";

    private final ReactiveMongoTemplate mongo;

    DeliveryLog(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records a new PENDING delivery; false when this (event, recipient) was recorded before. */
    Mono<Boolean> record(Delivery delivery) {
        return mongo.insert(toDocument(delivery), COLLECTION)
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
    }

    public Mono<Delivery> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(DeliveryLog::fromDocument);
    }

    /** Reserves a due delivery for one try until the lease ends; empty when someone else changed it first. */
    Mono<Delivery> claim(Delivery delivery, Instant now, Duration lease) {
        Delivery claimed = delivery.claimed(now, lease);
        Update update = new Update()
                .set("tries", claimed.tries())
                .set("nextAttemptAt", Date.from(claimed.nextAttemptAt()))
                .set("lastAttemptAt", Date.from(now));
        return change(delivery, update).flatMap(changed -> changed ? Mono.just(claimed) : Mono.empty());
    }

    /**
     * Ends a delivery: SENT, FAILED or SKIPPED_NO_CONSENT. Its content, token included, is erased. {@code attempted}:
     * this try handed the email to SMTP.
     */
    Mono<Boolean> finish(Delivery claimed, boolean attempted, DeliveryStatus status, String recipient, String reason,
                         Instant sentAt) {
        Update update = outcome(claimed, attempted, recipient)
                .set("status", status.name())
                .set("reason", reason)
                .set("sentAt", sentAt == null ? null : Date.from(sentAt))
                .unset("content");
        return change(claimed, update);
    }

    /** Puts a delivery back to wait until {@code next}, saying why. */
    Mono<Boolean> retryAt(Delivery claimed, boolean attempted, Instant next, String recipient, String reason) {
        Update update = outcome(claimed, attempted, recipient)
                .set("nextAttemptAt", Date.from(next))
                .set("reason", reason);
        return change(claimed, update);
    }

    /** The PENDING deliveries due soonest, for the sender's sweep. */
    Flux<Delivery> pending(int limit) {
        Query query = Query.query(where("status").is(DeliveryStatus.PENDING.name()))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).map(DeliveryLog::fromDocument);
    }

    /** The log, oldest first, narrowed by whichever of pairing, recipient address and status are given. */
    public Flux<Delivery> search(String pairingId, String recipient, DeliveryStatus status, int page, int size) {
        Query query = new Query();
        if (pairingId != null) {
            query.addCriteria(where("pairingId").is(pairingId));
        }
        if (recipient != null) {
            query.addCriteria(where("recipientKey").is(recipient.strip().toLowerCase(Locale.ROOT)));
        }
        if (status != null) {
            query.addCriteria(where("status").is(status.name()));
        }
        query.with(Sort.by("createdAt", "_id")).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, COLLECTION).map(DeliveryLog::fromDocument);
    }

    // {_id, revision} is matched by a unique index of exactly those keys, which every server, embedded or not, uses
    private Mono<Boolean> change(Delivery expected, Update update) {
        return mongo.updateFirst(Query.query(where("_id").is(expected.id()).and("revision").is(expected.revision())),
                        update.inc("revision", 1), COLLECTION)
                .map(result -> result.getMatchedCount() == 1);
    }

    private static Update outcome(Delivery claimed, boolean attempted, String recipient) {
        Update update = new Update().set("attempts", claimed.attempts() + (attempted ? 1 : 0));
        if (recipient != null) {
            update.set("recipient", recipient).set("recipientKey", recipient.strip().toLowerCase(Locale.ROOT));
        }
        return update;
    }

    private static Document toDocument(Delivery delivery) {
        Content content = delivery.content();
        Document document = new Document("_id", delivery.id())
                .append("eventId", delivery.eventId())
                .append("pairingId", delivery.pairingId())
                .append("programId", delivery.programId())
                .append("type", delivery.type())
                .append("recipientRole", delivery.recipientRole().name())
                .append("recipientId", delivery.recipientId())
                .append("partnerId", delivery.partnerId())
                .append("status", delivery.status().name())
                .append("attempts", delivery.attempts())
                .append("tries", delivery.tries())
                .append("revision", delivery.revision())
                .append("createdAt", Date.from(delivery.createdAt()))
                .append("nextAttemptAt", Date.from(delivery.nextAttemptAt()));
        if (content != null) {
            document.append("content", new Document("sharedIssue", content.sharedIssue())
                    .append("formats", content.formats().stream().map(Format::name).toList())
                    .append("times", content.times().stream().map(DeliveryLog::slotDocument).toList())
                    .append("responseToken", content.responseToken())
                    .append("responseExpiresAt", content.responseExpiresAt() == null ? null
                            : Date.from(content.responseExpiresAt())));
        }
        return document;
    }

    private static Delivery fromDocument(Document document) {
        Document content = document.get("content", Document.class);
        return new Delivery(document.getString("_id"), document.getString("eventId"), document.getString("pairingId"),
                document.getString("programId"), document.getString("type"),
                Role.valueOf(document.getString("recipientRole")), document.getString("recipientId"),
                document.getString("partnerId"), document.getString("recipient"),
                DeliveryStatus.valueOf(document.getString("status")), document.get("attempts", Number.class).intValue(),
                // recorded before tries were counted apart: each of its attempts was a try
                document.get("tries", document.get("attempts", Number.class)).intValue(),
                document.get("revision", Number.class).longValue(), instant(document.getDate("createdAt")),
                instant(document.getDate("nextAttemptAt")), instant(document.getDate("sentAt")),
                document.getString("reason"), content == null ? null : contentOf(content));
    }

    private static Content contentOf(Document content) {
        return new Content(content.getString("sharedIssue"),
                content.getList("formats", String.class, List.of()).stream().map(Format::valueOf).toList(),
                content.getList("times", Document.class, List.of()).stream().map(DeliveryLog::slotOf).toList(),
                content.getString("responseToken"), instant(content.getDate("responseExpiresAt")));
    }

    private static Document slotDocument(Slot slot) {
        return new Document("day", slot.day().name()).append("start", slot.start().toString()).append("end", slot.end().toString());
    }

    private static Slot slotOf(Document slot) {
        return new Slot(DayOfWeek.valueOf(slot.getString("day")), LocalTime.parse(slot.getString("start")),
                LocalTime.parse(slot.getString("end")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
