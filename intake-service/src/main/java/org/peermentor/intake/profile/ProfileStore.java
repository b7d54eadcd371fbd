package org.peermentor.intake.profile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.service.outbox.OutboxEntry;
import org.peermentor.service.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Stores profiles of one kind. Each write puts the profile and the event announcing it into ONE document
 * (its {@code outbox} array), so a stored change is always published later, and never published unless stored.
 */
public class ProfileStore<P extends Profile> {

    static final String EMAIL_INDEX = "unique_email_in_program";
    static final String IDEMPOTENCY_INDEX = "unique_idempotency_key";
    static final String IMPORT_INDEX = "unique_import_row";
    public static final String IMPORT_KEY = "importKey";
    public static final String EMAIL_KEY = "emailKey";
    private static final int MAX_RETRIES = 5;
    private static final String ERASED_AT = "erasedAt";

    private final ProfileKind<P> kind;
    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;
    private final ProfileDocuments<P> documents;

    public ProfileStore(ProfileKind<P> kind, ReactiveMongoTemplate mongo, OutboxRelay relay, Clock clock) {
        this.kind = kind;
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
        this.documents = new ProfileDocuments<>(kind, clock);
    }

    public ProfileKind<P> kind() {
        return kind;
    }

    /** The profile with this id; empty when there is none or the person was erased. */
    public Mono<P> find(String id) {
        return mongo.findById(id, Document.class, kind.collection())
                .filter(ProfileDocuments::holdsProfile)
                .map(documents::profileOf);
    }

    /** Which of these ids are stored profiles, in one query (a pairing event may name someone intake never had). */
    public Flux<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Query query = Query.query(where("_id").in(ids));
        query.fields().include("_id");
        return mongo.find(query, Document.class, kind.collection()).map(stored -> stored.getString("_id"));
    }

    public Mono<P> get(String id) {
        return find(id).switchIfEmpty(Mono.error(() -> ProfileConflictException.notFound(kind.name(), id)));
    }

    /**
     * A page of profiles of these programs ({@code null}: every program) whose names match {@code name}, oldest
     * registration first (the id breaks ties, so pages never overlap).
     */
    public Flux<P> list(Collection<String> programIds, ProfileStatus status, NameSearch name, int page, int size) {
        Query query = new Query();
        if (programIds != null) {
            query.addCriteria(
                    programIds.size() == 1
                            ? where("programId").is(programIds.iterator().next())
                            : where("programId").in(programIds));
        }
        query.addCriteria(where(ERASED_AT).exists(false));
        if (status != null) {
            query.addCriteria(where("status").is(status.name()));
        }
        if (name.criteria() != null) {
            query.addCriteria(name.criteria());
        }
        query.with(Sort.by("registeredAt", "_id")).skip((long) page * size).limit(size);
        return mongo.find(query, Document.class, kind.collection()).map(documents::profileOf);
    }

    /** Stores a new profile at version 1; with an idempotency key, a repeated request gets the first result. */
    public Mono<P> insert(P profile, String idempotencyKey, String fingerprint) {
        Document document = documents.newDocument(profile);
        ProfileDocuments.putIfPresent(document, "idempotencyKey", idempotencyKey);
        ProfileDocuments.putIfPresent(document, "fingerprint", idempotencyKey == null ? null : fingerprint);
        Mono<P> replay = idempotencyKey == null ? Mono.empty() : replay(idempotencyKey, fingerprint);
        return replay.switchIfEmpty(Mono.defer(() -> mongo.insert(document, kind.collection())
                        .doOnNext(stored -> relay.announce(kind.collection(), profile.id()))
                        .thenReturn(profile)))
                .onErrorResume(
                        DuplicateKeyException.class,
                        duplicate -> duplicate.getMessage().contains(IDEMPOTENCY_INDEX)
                                ? replay(idempotencyKey, fingerprint)
                                : Mono.error(ProfileConflictException.duplicateEmail(kind.name())));
    }

    /**
     * Stores new profiles in one write, each with its outbox entry and the key of the import row it came from
     * ({@code importKeys}, in the same order). Fails with {@link DuplicateKeyException} when any of them is
     * registered already (its email in the program, or its row): the ones before it may then be stored.
     */
    public Mono<Void> insertImported(List<P> profiles, List<String> importKeys) {
        if (profiles.isEmpty()) {
            return Mono.empty();
        }
        List<Document> batch = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) {
            batch.add(documents.newDocument(profiles.get(i)).append(IMPORT_KEY, importKeys.get(i)));
        }
        return mongo.insert(batch, kind.collection())
                .then()
                .doOnSuccess(done -> profiles.forEach(profile -> relay.announce(kind.collection(), profile.id())));
    }

    /** Tells the relay an imported profile is waiting to be published (one stored by a write that failed later). */
    public void announce(P profile) {
        relay.announce(kind.collection(), profile.id());
    }

    /**
     * The stored profiles (not erased) whose {@code importKey} or {@code emailKey} — each a unique key with its own
     * index — is one of these values, in one query.
     */
    public Flux<StoredProfile<P>> findByKey(String key, Collection<String> values) {
        if (values.isEmpty()) {
            return Flux.empty();
        }
        if (!IMPORT_KEY.equals(key) && !EMAIL_KEY.equals(key)) {
            throw new IllegalArgumentException("Not a unique key of profiles: " + key);
        }
        return mongo.find(Query.query(where(key).in(values)), Document.class, kind.collection())
                .filter(ProfileDocuments::holdsProfile)
                .map(stored -> new StoredProfile<>(documents.profileOf(stored), stored.getString(IMPORT_KEY)));
    }

    /** The key by which email is unique: program and address, ignoring case; {@code null} when none applies. */
    public static String emailKeyOf(Profile profile) {
        return ProfileDocuments.emailKey(profile);
    }

    /**
     * Applies a change to the current profile at the next version, refusing a withdrawn profile (409) and a
     * stale {@code expectedVersion} (412). A concurrent writer makes it read again and retry.
     */
    public Mono<P> revise(String id, Long expectedVersion, UnaryOperator<P> change) {
        return get(id).flatMap(current -> {
                    if (current.status() == ProfileStatus.WITHDRAWN) {
                        return Mono.error(ProfileConflictException.withdrawn(kind.name(), id));
                    }
                    if (expectedVersion != null && expectedVersion != current.version()) {
                        return Mono.error(ProfileConflictException.staleVersion(expectedVersion, current.version()));
                    }
                    P next = change.apply(current);
                    return writeOver(current, documents.revision(next), next);
                })
                .retryWhen(Retry.max(MAX_RETRIES).filter(ConcurrentRevision.class::isInstance))
                .doOnNext(next -> relay.announce(kind.collection(), id))
                .onErrorMap(
                        DuplicateKeyException.class, duplicate -> ProfileConflictException.duplicateEmail(kind.name()));
    }

    /**
     * Follows a status decided elsewhere (a pairing). {@code sequence} orders such decisions: one older than the
     * last applied, or for a withdrawn profile, changes nothing. Emits the new profile when it changed.
     */
    public Mono<P> followStatus(String id, ProfileStatus status, long sequence, UnaryOperator<P> withStatus) {
        return mongo.findById(id, Document.class, kind.collection())
                .filter(ProfileDocuments::holdsProfile)
                .flatMap(stored -> {
                    P current = documents.profileOf(stored);
                    long applied = stored.get("statusSequence") == null
                            ? 0
                            : ((Number) stored.get("statusSequence")).longValue();
                    if (sequence <= applied || current.status() == ProfileStatus.WITHDRAWN) {
                        return Mono.<P>empty();
                    }
                    if (current.status() == status) {
                        return mongo.updateFirst(
                                        atVersion(current),
                                        new Update().set("statusSequence", sequence),
                                        kind.collection())
                                .then(Mono.<P>empty());
                    }
                    P next = withStatus.apply(current);
                    return writeOver(current, documents.revision(next).set("statusSequence", sequence), next);
                })
                .retryWhen(Retry.max(MAX_RETRIES).filter(ConcurrentRevision.class::isInstance))
                .doOnNext(next -> relay.announce(kind.collection(), id));
    }

    /**
     * Erases the person: the document keeps only its id, program and the time of erasure (for anonymous counts),
     * and a tombstone in its outbox, which the relay publishes so every consumer forgets the person and the
     * compacted topic drops their earlier records. Empty when there was nobody to erase.
     */
    public Mono<Void> erase(String id) {
        return find(id).flatMap(current -> {
                    Instant now = clock.instant();
                    Document remains = new Document("_id", id)
                            .append("programId", current.programId())
                            .append("status", "ERASED")
                            .append("version", current.version() + 1)
                            .append("registeredAt", Date.from(current.registeredAt()))
                            .append(ERASED_AT, Date.from(now))
                            .append(
                                    "outbox",
                                    List.of(OutboxEntry.tombstone(
                                            newId(), kind.erasedType(), kind.topic(), id, current.version() + 1, now)));
                    return mongo.findAndReplace(atVersion(current), remains, kind.collection())
                            .switchIfEmpty(Mono.error(new ConcurrentRevision()));
                })
                .retryWhen(Retry.max(MAX_RETRIES).filter(ConcurrentRevision.class::isInstance))
                .doOnNext(erased -> relay.announce(kind.collection(), id))
                .then();
    }

    public Instant now() {
        return clock.instant();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private Mono<P> replay(String idempotencyKey, String fingerprint) {
        return mongo.findOne(Query.query(where("idempotencyKey").is(idempotencyKey)), Document.class, kind.collection())
                .flatMap(first -> fingerprint.equals(first.getString("fingerprint"))
                        ? Mono.just(documents.profileOf(first))
                        : Mono.error(ProfileConflictException.idempotencyKeyReused()));
    }

    /** Writes {@code next} over the version it was made from; a writer in between makes the caller read again. */
    private Mono<P> writeOver(P current, Update update, P next) {
        return mongo.updateFirst(atVersion(current), update, kind.collection())
                .flatMap(result ->
                        result.getMatchedCount() == 1 ? Mono.just(next) : Mono.error(new ConcurrentRevision()));
    }

    /** The stored document of this profile while it is still at the version read. */
    private static Query atVersion(Profile current) {
        return Query.query(where("_id").is(current.id()).and("version").is(current.version()));
    }

    private static final class ConcurrentRevision extends RuntimeException {
        ConcurrentRevision() {
            super("profile changed concurrently", null, false, false);
        }
    }
}
