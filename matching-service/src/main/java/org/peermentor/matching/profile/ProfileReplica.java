package org.peermentor.matching.profile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.result.UpdateResult;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileEvent;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Profile;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.service.store.BsonRecords;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * This service's own copy of the profiles intake publishes. It keeps the highest version of each profile,
 * so a replayed, duplicated or older event changes nothing. An erased person leaves only their id behind.
 */
@Component
public record ProfileReplica(ReactiveMongoTemplate mongo) {

    public static final String PARTICIPANTS = "participants";
    public static final String MENTORS = "mentors";

    /** Marks the id-only document left by an erasure. */
    private static final String ERASED = "erased";

    /** Applies an event; emits the program id when it changed the replica, nothing when it was old news. */
    public Mono<String> apply(ProfileEvent event) {
        return keep(event instanceof MentorProfileEvent ? MENTORS : PARTICIPANTS, event.profile());
    }

    public Mono<ParticipantProfile> participant(String id) {
        return mongo.findById(id, Document.class, PARTICIPANTS)
                .filter(ProfileReplica::holdsProfile)
                .map(d -> profile(d, ParticipantProfile.class));
    }

    public Mono<MentorProfile> mentor(String id) {
        return mongo.findById(id, Document.class, MENTORS)
                .filter(ProfileReplica::holdsProfile)
                .map(d -> profile(d, MentorProfile.class));
    }

    /** Everyone of a program who has not withdrawn. */
    public Flux<ParticipantProfile> participants(String programId) {
        return mongo.find(present(programId), Document.class, PARTICIPANTS)
                .map(d -> profile(d, ParticipantProfile.class));
    }

    public Flux<MentorProfile> mentors(String programId) {
        return mongo.find(present(programId), Document.class, MENTORS).map(d -> profile(d, MentorProfile.class));
    }

    /** Every program a participant has been registered in, withdrawn or erased participants' too. */
    public Flux<String> participantPrograms() {
        return mongo.findDistinct(new Query(), "programId", PARTICIPANTS, Document.class, String.class);
    }

    /**
     * Forgets an erased person: their document keeps nothing but the id and a version no event can beat, so an
     * older event of theirs arriving late, replayed, or handled at the same time (listeners run records of a poll
     * concurrently) cannot bring them back. Emits the program they were in; nothing for an unknown id or a replay.
     */
    public Mono<String> forget(PersonKind kind, String id) {
        Update erased = new Update()
                .set("version", Long.MAX_VALUE)
                .set(ERASED, true)
                .set("withdrawn", true)
                .unset("programId")
                .unset("profile")
                .unset("statusSequence");
        return mongo.findAndModify(
                        Query.query(where("_id").is(id)),
                        erased,
                        FindAndModifyOptions.options().upsert(true).returnNew(false),
                        Document.class,
                        kind.collection())
                .mapNotNull(before -> before.getString("programId"))
                .retryWhen(Retry.max(3)
                        .filter(DuplicateKeyException.class::isInstance)); // the same tombstone twice at once
    }

    /**
     * Removes the contact details a replica written before {@link KeptProfile#of} still holds; run at start, it finds nothing
     * once done. Emits how many profiles it changed.
     */
    public Mono<Long> dropContactDetails() {
        Criteria holding = new Criteria()
                .orOperator(KeptProfile.NOT_KEPT.stream()
                        .map(field -> where("profile." + field).exists(true))
                        .toArray(Criteria[]::new));
        Update drop = new Update();
        KeptProfile.NOT_KEPT.forEach(field -> drop.unset("profile." + field));
        return Flux.just(PARTICIPANTS, MENTORS)
                .concatMap(collection -> mongo.updateMulti(Query.query(holding), drop, collection))
                .map(UpdateResult::getModifiedCount)
                .reduce(0L, Long::sum);
    }

    /** The ids of these that the replica holds (withdrawn people included; erased ones are not). */
    public Mono<Set<String>> present(PersonKind kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Set.of());
        }
        Query query = Query.query(where("_id").in(ids).and(ERASED).ne(true));
        query.fields().include("_id");
        return mongo.find(query, Document.class, kind.collection())
                .map(found -> found.getString("_id"))
                .collect(Collectors.toSet());
    }

    /** The first names of these people, in one {@code $in} query per kind: {@link Names}. */
    public Mono<Names> names(Collection<String> participantIds, Collection<String> mentorIds) {
        return Mono.zip(firstNames(PersonKind.PARTICIPANT, participantIds), firstNames(PersonKind.MENTOR, mentorIds))
                .map(both -> new Names(both.getT1(), both.getT2()));
    }

    private Mono<Map<String, String>> firstNames(PersonKind kind, Collection<String> ids) {
        Set<String> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Mono.just(Map.of());
        }
        // by _id alone, answered from the _id index by the embedded server too (a second criterion makes it read every
        // document of the collection, once per approval); an erased person's document has no profile, left out below
        Query query = Query.query(where("_id").in(wanted));
        query.fields().include("_id").include("profile.firstName");
        return mongo.find(query, Document.class, kind.collection())
                .filter(found -> found.get("profile", Document.class) != null
                        && found.get("profile", Document.class).getString("firstName") != null)
                .collectMap(
                        found -> found.getString("_id"),
                        found -> found.get("profile", Document.class).getString("firstName"));
    }

    /**
     * The next number in the participant's status sequence, carried by pairing events so late news loses; 1 for a
     * participant unknown or erased. The write is on {@code _id} alone, which the embedded server answers from its
     * index (with {@code erased ≠ true} beside it, it read every participant, once per pairing move). An erased
     * person's tombstone it reached is made bare again at once: the erasure either came first, and the count taken
     * here is removed below, or comes later and removes it itself.
     */
    public Mono<Long> nextParticipantSequence(String participantId) {
        Query byId = Query.query(where("_id").is(participantId));
        return mongo.findAndModify(
                        byId,
                        new Update().inc("statusSequence", 1L),
                        FindAndModifyOptions.options().returnNew(true),
                        Document.class,
                        PARTICIPANTS)
                .flatMap(counted -> Boolean.TRUE.equals(counted.getBoolean(ERASED))
                        ? mongo.updateFirst(byId, new Update().unset("statusSequence"), PARTICIPANTS)
                                .thenReturn(1L)
                        : Mono.just(((Number) counted.get("statusSequence")).longValue()))
                .defaultIfEmpty(1L);
    }

    private Mono<String> keep(String collection, Profile incoming) {
        return mongo.findById(incoming.id(), Document.class, collection)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(stored -> {
                    if (stored.isEmpty()) {
                        return insert(collection, incoming);
                    }
                    long storedVersion = ((Number) stored.get().get("version")).longValue();
                    if (storedVersion >= incoming.version()) {
                        return Mono.<String>empty();
                    }
                    boolean matters = KeptProfile.mattersForMatching(
                            stored.get().get("profile", Document.class), KeptProfile.of(incoming));
                    return replace(collection, incoming, storedVersion).filter(programId -> matters);
                })
                .retryWhen(Retry.max(3).filter(ConcurrentChange.class::isInstance));
    }

    private Mono<String> insert(String collection, Profile profile) {
        return mongo.insert(document(profile), collection)
                .thenReturn(profile.programId())
                .onErrorMap(DuplicateKeyException.class, duplicate -> new ConcurrentChange());
    }

    private Mono<String> replace(String collection, Profile profile, long storedVersion) {
        Update update = new Update()
                .set("programId", profile.programId())
                .set("version", profile.version())
                .set("withdrawn", profile.status() == ProfileStatus.WITHDRAWN)
                .set("profile", KeptProfile.of(profile));
        return mongo.updateFirst(
                        Query.query(where("_id").is(profile.id()).and("version").is(storedVersion)), update, collection)
                .flatMap(result -> result.getMatchedCount() == 1
                        ? Mono.just(profile.programId())
                        : Mono.error(new ConcurrentChange()));
    }

    private static Document document(Profile profile) {
        return new Document("_id", profile.id())
                .append("programId", profile.programId())
                .append("version", profile.version())
                .append("withdrawn", profile.status() == ProfileStatus.WITHDRAWN)
                .append("profile", KeptProfile.of(profile));
    }

    private static boolean holdsProfile(Document stored) {
        return stored.get("profile") != null;
    }

    private static Query present(String programId) {
        return Query.query(where("programId").is(programId).and("withdrawn").is(false));
    }

    private static <P> P profile(Document stored, Class<P> type) {
        return BsonRecords.fromBson(stored.get("profile", Document.class), type);
    }

    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("profile replica changed concurrently", null, false, false);
        }
    }
}
