package org.peermentor.matching.round;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.peermentor.matching.erasure.RoundHistory;
import org.peermentor.matching.metrics.RoundMeters;
import org.peermentor.matching.profile.PersonKind;
import org.peermentor.service.store.BsonRecords;
import org.peermentor.service.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Rounds, each one document; queries use the top-level copies of program, status and start time. */
@Component
public record RoundStore(ReactiveMongoTemplate mongo, RoundMeters meters) implements RoundHistory {

    static final String COLLECTION = "rounds";

    /** Stores a new round held by no instance: one that, to every instance, was cut off already. */
    Mono<MatchRound> insert(MatchRound round) {
        return insert(round, null);
    }

    /** Stores a new round, held by the instance that runs it until {@code leaseUntil} unless renewed. */
    Mono<MatchRound> insert(MatchRound round, Instant leaseUntil) {
        Document document = RoundDocument.of(round).append("applied", false);
        if (leaseUntil != null) {
            document.append("leaseUntil", Date.from(leaseUntil));
        }
        return mongo.insert(document, COLLECTION).thenReturn(round);
    }

    /** Extends the lease of these rounds, still running here, to {@code until}. */
    Mono<Void> renew(Collection<String> roundIds, Instant until) {
        return roundIds.isEmpty()
                ? Mono.empty()
                : mongo.updateMulti(
                                Query.query(
                                        where("_id").in(roundIds).and("applied").is(false)),
                                new Update().set("leaseUntil", Date.from(until)),
                                COLLECTION)
                        .then();
    }

    /** Rounds in this status, not yet applied, whose instance let the lease run out by {@code now}. */
    Flux<MatchRound> leaseRunOut(RoundStatus status, Instant now) {
        return mongo.find(
                        Query.query(where("status")
                                        .is(status.name())
                                        .and("applied")
                                        .is(false))
                                .addCriteria(leaseRunOut(now)),
                        Document.class,
                        COLLECTION)
                .map(RoundDocument::round);
    }

    /**
     * Fails a SOLVING round whose lease ran out, in one write conditional on both, so a round whose instance renewed
     * its lease meanwhile is left alone, and its instance, if it comes back, can no longer complete it. True when
     * this call failed it.
     */
    Mono<Boolean> failLeaseRunOut(MatchRound failed, Instant now) {
        return mongo.updateFirst(
                        Query.query(where("_id").is(failed.id()).and("status").is(RoundStatus.SOLVING.name()))
                                .addCriteria(leaseRunOut(now)),
                        new Update().set("status", failed.status().name()).set("round", BsonRecords.toBson(failed)),
                        COLLECTION)
                .map(result -> result.getModifiedCount() == 1)
                .doOnNext(tookOver -> {
                    if (tookOver) {
                        meters.ended(
                                failed.programId(),
                                failed.status().name(),
                                failed.dryRun(),
                                failed.startedAt(),
                                failed.completedAt());
                    }
                });
    }

    /** Takes a completed, unapplied round whose lease ran out, for this instance to apply until {@code until}. */
    Mono<Boolean> claimLeaseRunOut(String roundId, Instant now, Instant until) {
        return mongo.updateFirst(
                        Query.query(where("_id").is(roundId).and("applied").is(false))
                                .addCriteria(leaseRunOut(now)),
                        new Update().set("leaseUntil", Date.from(until)),
                        COLLECTION)
                .map(result -> result.getModifiedCount() == 1);
    }

    private static Criteria leaseRunOut(Instant now) {
        return new Criteria()
                .orOperator(
                        where("leaseUntil").lt(Date.from(now)),
                        where("leaseUntil").exists(false));
    }

    /**
     * Replaces a round still SOLVING with its outcome, in one write; {@code applied} stays false until the changes are
     * made. Empty when the round had already ended (a shutdown marked it FAILED first): its outcome is not applied.
     */
    Mono<MatchRound> complete(MatchRound round) {
        Update update = new Update().set("status", round.status().name()).set("round", BsonRecords.toBson(round));
        // again with the same outcome (a retry after an outage, when the first write may have been made) is fine too
        return mongo.updateFirst(
                        Query.query(where("_id")
                                .is(round.id())
                                .and("status")
                                .in(RoundStatus.SOLVING.name(), round.status().name())
                                .and("applied")
                                .is(false)),
                        update,
                        COLLECTION)
                .filter(result -> result.getMatchedCount() > 0)
                .map(result -> round)
                .doOnNext(ended -> meters.ended(
                        ended.programId(),
                        ended.status().name(),
                        ended.dryRun(),
                        ended.startedAt(),
                        ended.completedAt()));
    }

    /** Replaces the outcome of a round still being applied, by the one it could apply (see {@link MatchRound#without}). */
    Mono<Void> revise(MatchRound round) {
        return mongo.updateFirst(
                        Query.query(where("_id").is(round.id()).and("applied").is(false)),
                        new Update().set("round", BsonRecords.toBson(round)),
                        COLLECTION)
                .then();
    }

    Mono<Void> markApplied(String roundId) {
        return mongo.updateFirst(Query.query(where("_id").is(roundId)), new Update().set("applied", true), COLLECTION)
                .then();
    }

    /** The round as managers see it: {@link RoundDocument#visible(Document)}. */
    Mono<MatchRound> find(String id) {
        return mongo.findById(id, Document.class, COLLECTION).map(RoundDocument::visible);
    }

    /** The program's rounds, newest first, as managers see them: {@link RoundDocument#visible(Document)}. */
    Flux<MatchRound> ofProgram(String programId) {
        return mongo.find(newestFirst(programId), Document.class, COLLECTION).map(RoundDocument::visible);
    }

    /** One page of {@link #ofProgram(String)}. */
    Flux<MatchRound> ofProgram(String programId, Paging paging) {
        return mongo.find(newestFirst(programId).skip(paging.offset()).limit(paging.size()), Document.class, COLLECTION)
                .map(RoundDocument::visible);
    }

    /**
     * Who each real, applied round of the program left unmatched and why, newest first; only those lists are read,
     * so a caller can stop as soon as it knows enough.
     */
    public Flux<UnmatchedIn> unmatchedNewestFirst(String programId) {
        Query query = newestFirst(programId)
                .addCriteria(where("status")
                        .is(RoundStatus.COMPLETED.name())
                        .and("dryRun")
                        .is(false)
                        .and("applied")
                        .is(true));
        query.fields().include("_id").include("startedAt").include("round.unmatched");
        return mongo.find(query, Document.class, COLLECTION)
                .map(stored -> new UnmatchedIn(
                        stored.getString("_id"),
                        stored.getDate("startedAt").toInstant(),
                        unmatched(stored.get("round", Document.class))));
    }

    private static List<Unmatched> unmatched(Document round) {
        List<?> stored = round == null ? null : round.get("unmatched", List.class);
        return stored == null
                ? List.of()
                : stored.stream()
                        .map(u -> BsonRecords.fromBson((Document) u, Unmatched.class))
                        .toList();
    }

    private static Query newestFirst(String programId) {
        return Query.query(where("programId").is(programId))
                .with(Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("_id")));
    }

    /**
     * Replaces an erased person's id by {@code erased} wherever a finished round names them (its pairings, its
     * unmatched list, the changes it made), keeping the counts. Emits how many rounds changed.
     */
    @Override
    public Mono<Long> anonymise(PersonKind kind, String personId, String erased) {
        String field = kind.pairingField();
        Criteria naming = new Criteria()
                .orOperator(
                        where("round.pairings." + field).is(personId),
                        where("round.unmatched." + field).is(personId),
                        where("round.changes.proposal." + field).is(personId));
        return mongo.find(Query.query(naming), Document.class, COLLECTION)
                .concatMap(stored -> mongo.updateFirst(
                        Query.query(where("_id").is(stored.get("_id"))),
                        new Update().set("round", ErasedIds.replaced(stored.get("round"), field, personId, erased)),
                        COLLECTION))
                .count();
    }
}
