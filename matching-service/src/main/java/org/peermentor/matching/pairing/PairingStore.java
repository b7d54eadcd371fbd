package org.peermentor.matching.pairing;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.audit.PairingPrograms;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.service.outbox.OutboxEntry;
import org.peermentor.service.outbox.OutboxRelay;
import org.peermentor.service.store.BsonRecords;
import org.peermentor.service.web.Paging;
import org.peermentor.service.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Pairing documents. Each write stores the pairing and the events announcing the change in one document
 * (its {@code outbox}), so a change is published if and only if it was stored.
 */
@Component
public record PairingStore(ReactiveMongoTemplate mongo, OutboxRelay relay) implements PairingPrograms {

    public static final String COLLECTION = "pairings";

    /** What stands in a pairing or round for a person who was erased. */
    public static final String ERASED = "erased";

    public Mono<StoredPairing> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(StoredPairing::from);
    }

    /** The stored ones of these pairings, in one query. */
    public Flux<StoredPairing> find(Collection<String> ids) {
        return ids.isEmpty()
                ? Flux.empty()
                : mongo.find(Query.query(where("_id").in(ids)), Document.class, COLLECTION)
                        .map(StoredPairing::from);
    }

    public Mono<StoredPairing> get(String id) {
        return find(id).switchIfEmpty(Mono.error(() -> ProblemException.notFound("pairing", id)));
    }

    @Override
    public Mono<String> programOf(String pairingId) {
        return get(pairingId).map(stored -> stored.pairing().programId());
    }

    public Flux<StoredPairing> ofProgram(String programId, PairingStatus status) {
        return ofPrograms(programId == null ? null : List.of(programId), status);
    }

    /** Pairings of these programs ({@code null}: every program), optionally of one status, oldest first. */
    public Flux<StoredPairing> ofPrograms(Collection<String> programIds, PairingStatus status) {
        return mongo.find(ofPrograms(programIds, status, Sort.by("createdAt", "_id")), Document.class, COLLECTION)
                .map(StoredPairing::from);
    }

    /** One page of {@link #ofPrograms(Collection, PairingStatus)}. */
    public Flux<StoredPairing> ofPrograms(Collection<String> programIds, PairingStatus status, Paging paging) {
        Query query = ofPrograms(programIds, status, Sort.by("createdAt", "_id"))
                .skip(paging.offset())
                .limit(paging.size());
        return mongo.find(query, Document.class, COLLECTION).map(StoredPairing::from);
    }

    /**
     * One page of the accepted pairings of these programs whose {@link Health} is one of {@code healths}, oldest
     * first. Health is read from each pairing's follow-up, not stored, so the accepted ones are read in order and the
     * page is cut from those of these healths.
     */
    public Flux<StoredPairing> ofPrograms(Collection<String> programIds, Set<Health> healths, Paging paging) {
        Query accepted = ofPrograms(programIds, PairingStatus.ACCEPTED, Sort.by("createdAt", "_id"));
        return mongo.find(accepted, Document.class, COLLECTION)
                .map(StoredPairing::from)
                .filter(pairing -> healths.contains(PairingHealth.of(pairing.status(), pairing.followUp())))
                .skip(paging.offset())
                .take(paging.size());
    }

    private static Query ofPrograms(Collection<String> programIds, PairingStatus status, Sort order) {
        Query query = new Query();
        if (programIds != null) {
            query.addCriteria(where("programId").in(programIds));
        }
        if (status != null) {
            query.addCriteria(where("status").is(status.name()));
        }
        return query.with(order);
    }

    public Flux<StoredPairing> ofParticipant(String participantId) {
        return mongo.find(Query.query(where("participantId").is(participantId)), Document.class, COLLECTION)
                .map(StoredPairing::from);
    }

    public Flux<StoredPairing> ofPerson(PersonKind kind, String personId) {
        return mongo.find(Query.query(where(kind.pairingField()).is(personId)), Document.class, COLLECTION)
                .map(StoredPairing::from);
    }

    /**
     * Replaces an erased person's id by {@link #ERASED} in every pairing naming them, so what stays (status, issue,
     * times) counts for reports but leads to nobody, and drops the reason a manager wrote (free text, which may
     * name them), their check-in answers and every check-in note on those pairings. The version moves on, so a change
     * read before this one is retried on the anonymous pairing instead of writing the id back. Emits how many
     * pairings changed.
     */
    public Mono<Long> anonymise(PersonKind kind, String personId) {
        Query theirs = Query.query(where(kind.pairingField()).is(personId));
        CheckInRole role = kind == PersonKind.MENTOR ? CheckInRole.MENTOR : CheckInRole.PARTICIPANT;
        Query withNotes = Query.query(
                where(kind.pairingField()).is(personId).and("answers.note").exists(true));
        Update update = new Update()
                .set(kind.pairingField(), ERASED)
                .set("pairing." + kind.pairingField(), ERASED)
                .unset("reason")
                .inc("version", 1)
                .inc("pairing.version", 1);
        // three writes, each on what still names them, so a replay after a crash finishes the rest: their own
        // check-in answers, then every note left (the other person's may speak of them), then their id
        return mongo.updateMulti(theirs, new Update().pull("answers", new Document("role", role.name())), COLLECTION)
                .then(mongo.updateMulti(withNotes, new Update().unset("answers.$[].note"), COLLECTION))
                .then(mongo.updateMulti(theirs, update, COLLECTION))
                .map(UpdateResult::getModifiedCount);
    }

    /** Stores a new pairing with the events of its first version(s); an id already stored is left as it is. */
    public Mono<Boolean> create(
            Pairing pairing, List<PairingEvent> events, String responseNonce, Instant responseExpiresAt, Instant now) {
        Document document = new Document("_id", pairing.id())
                .append("programId", pairing.programId())
                .append("participantId", pairing.participantId())
                .append("mentorId", pairing.mentorId())
                .append("status", pairing.status().name())
                .append("version", pairing.version())
                .append("createdAt", Date.from(now))
                .append("updatedAt", Date.from(now))
                .append("pairing", BsonRecords.toBson(pairing))
                .append("outbox", events.stream().map(OutboxEntry::of).toList());
        if (responseNonce != null) {
            document.append("responseNonce", responseNonce)
                    .append("responseExpiresAt", Date.from(responseExpiresAt))
                    .append("linkIssuedAt", Date.from(now));
        }
        return mongo.insert(document, COLLECTION)
                .doOnNext(stored -> relay.announce(COLLECTION, pairing.id()))
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.just(false));
    }

    /**
     * Moves a pairing to its next version if nobody changed it since {@code current} was read; emits nothing
     * when somebody did, so the caller can read again.
     */
    public Mono<StoredPairing> update(
            StoredPairing current, Pairing next, PairingEvent event, Update extra, Instant now) {
        return mongo.updateFirst(versioned(current), changes(next, event, extra, now), COLLECTION)
                .filter(result -> result.getMatchedCount() == 1)
                .doOnNext(result -> relay.announce(COLLECTION, current.id()))
                .flatMap(result -> get(current.id()));
    }

    /** Approved pairings whose mentor's link expired by {@code now}, unanswered: due to become EXPIRED. */
    public Flux<StoredPairing> linksExpired(Instant now) {
        return mongo.find(
                        Query.query(where("status")
                                .is(PairingStatus.APPROVED.name())
                                .and("responseExpiresAt")
                                .lte(Date.from(now))),
                        Document.class,
                        COLLECTION)
                .map(StoredPairing::from);
    }

    /** Approved pairings whose mentor was not reminded yet and whose link still works at {@code now}. */
    public Flux<StoredPairing> notReminded(Instant now) {
        return mongo.find(
                        Query.query(where("status")
                                .is(PairingStatus.APPROVED.name())
                                .and("reminded")
                                .ne(true)
                                .and("responseExpiresAt")
                                .gt(Date.from(now))),
                        Document.class,
                        COLLECTION)
                .map(StoredPairing::from);
    }

    /**
     * Marks the mentor of an approved pairing reminded and stores {@code event} (the reminder) in one write,
     * conditional on the version read and on no reminder before it, so however many sweeps read it due (other
     * instances, this one after a restart) the mentor is reminded once. The pairing itself does not change. Emits
     * whether this write reminded them.
     */
    public Mono<Boolean> remind(StoredPairing current, PairingEvent event) {
        Query unreminded = Query.query(where("_id")
                .is(current.id())
                .and("version")
                .is(current.version())
                .and("status")
                .is(PairingStatus.APPROVED.name())
                .and("reminded")
                .ne(true));
        Update remind = new Update().set("reminded", true).push("outbox", OutboxEntry.of(event));
        return mongo.updateFirst(unreminded, remind, COLLECTION)
                .map(result -> result.getMatchedCount() == 1)
                .doOnNext(reminded -> {
                    if (reminded) {
                        relay.announce(COLLECTION, current.id());
                    }
                });
    }

    /**
     * Moves many pairings as {@link #update} moves one, in one bulk write (one command, so one commit on the
     * embedded server): each write is still conditional on the version read and changes its own document alone. Emits
     * the ids of the pairings moved; one changed meanwhile is not among them. Each write leaves its event id in {@code
     * lastEventId}, which tells the moved ones apart when not all of them matched.
     */
    public Mono<Set<String>> updateAll(List<PairingMove> moves, Instant now) {
        if (moves.isEmpty()) {
            return Mono.just(Set.of());
        }
        ReactiveBulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        moves.forEach(move -> bulk.updateOne(
                versioned(move.current()),
                changes(move.next(), move.event(), move.extra(), now)
                        .set("lastEventId", move.event().eventId())));
        List<String> ids = moves.stream().map(move -> move.current().id()).toList();
        return bulk.execute()
                .flatMap(result -> result.getMatchedCount() == moves.size()
                        ? Mono.just(Set.copyOf(ids))
                        : movedAmong(
                                ids,
                                moves.stream()
                                        .map(move -> move.event().eventId())
                                        .collect(Collectors.toSet())))
                .doOnNext(moved -> moved.forEach(id -> relay.announce(COLLECTION, id)));
    }

    private Mono<Set<String>> movedAmong(List<String> ids, Set<String> eventIds) {
        Query query = Query.query(where("_id").in(ids));
        query.fields().include("_id").include("lastEventId");
        return mongo.find(query, Document.class, COLLECTION)
                .filter(stored -> eventIds.contains(stored.getString("lastEventId")))
                .map(stored -> stored.getString("_id"))
                .collect(Collectors.toSet());
    }

    /** By id and the version read: answered from the {@code id_version} index by the embedded server too. */
    private static Query versioned(StoredPairing current) {
        return Query.query(where("_id").is(current.id()).and("version").is(current.version()));
    }

    private static Update changes(Pairing next, PairingEvent event, Update extra, Instant now) {
        return extra.set("status", next.status().name())
                .set("version", next.version())
                .set("updatedAt", Date.from(now))
                .set("pairing", BsonRecords.toBson(next))
                .push("outbox", OutboxEntry.of(event));
    }
}
