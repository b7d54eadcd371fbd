package org.peermentor.matching.round;

import java.time.Duration;
import org.peermentor.service.store.AscendingIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * What the rounds' background looks read every few seconds: rounds by status and lease ({@link RoundLeases}) and
 * settle timers by due time ({@link RoundTrigger}); on MongoDB each is then an index range, not a whole collection.
 * Made at start, before the service reports ready.
 */
@Component
@Order(0)
record RoundIndexes(ReactiveMongoTemplate mongo) implements ApplicationRunner {
    @Override
    public void run(ApplicationArguments args) {
        Flux.just(
                        new AscendingIndex(RoundStore.COLLECTION, "status_lease", "status", "leaseUntil"),
                        new AscendingIndex(RoundTimers.COLLECTION, "due_at", "dueAt"))
                .concatMap(index -> index.ensure(mongo))
                .then()
                .block(Duration.ofSeconds(60));
    }
}
