package org.peermentor.matching.pairing;

import java.time.Duration;
import org.peermentor.service.store.AscendingIndex;
import org.peermentor.service.store.VersionIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * What the follow-up sweep reads every few seconds: approved requests by the expiry of the mentor's link, accepted
 * pairings by their next check-in. On MongoDB each is then an index range, not a read of every pairing. And the
 * {@code {_id, version}} index every conditional write on a pairing queries. Made at start, before the service
 * reports ready.
 */
@Component
@Order(0)
record PairingIndexes(ReactiveMongoTemplate mongo) implements ApplicationRunner {
    @Override
    public void run(ApplicationArguments args) {
        new VersionIndex(PairingStore.COLLECTION)
                .ensure(mongo)
                .thenMany(Flux.just(
                        new AscendingIndex(
                                PairingStore.COLLECTION, "status_link_expiry", "status", "responseExpiresAt"),
                        new AscendingIndex(PairingStore.COLLECTION, "status_next_check_in", "status", "nextCheckInAt")))
                .concatMap(index -> index.ensure(mongo))
                .then()
                .block(Duration.ofSeconds(60));
    }
}
