package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * The program lock is taken only by the round whose insert succeeded. The store is stubbed here to replay one exact
 * interleaving, which a running store produces only now and then: the insert is refused because another round holds
 * the lock, and that round lets it go before the holder is looked up.
 */
class RoundLocksTest {

    private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);
    private final RoundLocks locks = new RoundLocks(mongo);

    @Test
    void aLockReleasedBetweenTheRefusedInsertAndTheLookIsTriedForAgainNotTakenForGranted() {
        insertsAnswer(
                Mono.error(new DuplicateKeyException("held by the round before")),
                Mono.error(new DuplicateKeyException("taken by a round starting alongside")));
        holderLookupsAnswer(Mono.empty(), Mono.just(new Document("_id", "program").append("roundId", "other-round")));

        assertThat(acquireForThisRound()).isEqualTo("other-round");
        verify(mongo, times(2)).insert(any(Document.class), eq(RoundLocks.COLLECTION));
    }

    @Test
    void aLockFreedMeanwhileIsTakenByTheNextInsert() {
        insertsAnswer(Mono.error(new DuplicateKeyException("held by the round before")), Mono.just(new Document()));
        holderLookupsAnswer(Mono.empty());

        assertThat(acquireForThisRound()).isEqualTo("this-round");
        verify(mongo, times(2)).insert(any(Document.class), eq(RoundLocks.COLLECTION));
    }

    @Test
    void aLockThatKeepsChangingHandsIsReportedAsHeld() {
        insertsAnswer(Mono.error(new DuplicateKeyException("held")));
        holderLookupsAnswer(Mono.empty());

        assertThat(acquireForThisRound()).isEqualTo(RoundLocks.CHANGING_HANDS);
    }

    /** What the store answers to the tries to insert the lock, one after the other; the last one from then on. */
    @SafeVarargs
    private void insertsAnswer(Mono<Document> first, Mono<Document>... then) {
        when(mongo.insert(any(Document.class), eq(RoundLocks.COLLECTION))).thenReturn(first, then);
    }

    /** What the store answers to the looks at who holds the lock, one after the other; the last one from then on. */
    @SafeVarargs
    private void holderLookupsAnswer(Mono<Document> first, Mono<Document>... then) {
        when(mongo.findById("program", Document.class, RoundLocks.COLLECTION)).thenReturn(first, then);
    }

    /** This round's try for the program's lock; the id of the round that holds it afterwards. */
    private String acquireForThisRound() {
        return locks.acquire("program", "this-round", Instant.now()).block();
    }
}
