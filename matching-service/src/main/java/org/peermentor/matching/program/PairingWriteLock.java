package org.peermentor.matching.program;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.peermentor.service.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * One writer of new pairings per program at a time: a pairing by hand, and each new pairing a round makes, check the
 * rules against what is stored and write while holding it, so two of them can never both take a mentor's last place
 * or pair one participant twice (check-then-write, as both are, is only safe alone). A lock is a document whose id
 * is the program id: taking it is one atomic insert, as the embedded test store has no multi-document transactions.
 * It is held for milliseconds (a check and a write); a holder that died is overtaken after {@link #STALE}.
 */
@Component
public record PairingWriteLock(ReactiveMongoTemplate mongo, Clock clock) {

    static final String COLLECTION = "pairing_write_locks";
    static final Duration STALE = Duration.ofSeconds(30);
    private static final Duration MOST_WAIT = Duration.ofSeconds(10);

    /** Runs {@code work} holding the program's lock, waiting for it while another writer holds it; 409 after 10 s. */
    public <T> Mono<T> holding(String programId, Supplier<Mono<T>> work) {
        return Mono.usingWhen(
                take(programId),
                token -> work.get(),
                token -> release(programId, token),
                (token, error) -> release(programId, token),
                token -> release(programId, token));
    }

    private Mono<String> take(String programId) {
        String token = UUID.randomUUID().toString();
        return Mono.defer(() -> mongo.insert(
                                new Document("_id", programId)
                                        .append("token", token)
                                        .append("since", Date.from(clock.instant())),
                                COLLECTION)
                        .thenReturn(token)
                        .onErrorResume(
                                DuplicateKeyException.class,
                                held -> overtakeIfStale(programId).then(Mono.error(held))))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(5))
                        .maxBackoff(Duration.ofMillis(100))
                        .filter(DuplicateKeyException.class::isInstance))
                .timeout(
                        MOST_WAIT,
                        Mono.error(() -> ProblemException.conflict(
                                "Pairings are being written",
                                "Another pairing of this program is being written; try again in a moment.")));
    }

    private Mono<Void> overtakeIfStale(String programId) {
        return mongo.remove(
                        Query.query(where("_id")
                                .is(programId)
                                .and("since")
                                .lt(Date.from(clock.instant().minus(STALE)))),
                        COLLECTION)
                .then();
    }

    private Mono<Void> release(String programId, String token) {
        return mongo.remove(Query.query(where("_id").is(programId).and("token").is(token)), COLLECTION)
                .then();
    }
}
