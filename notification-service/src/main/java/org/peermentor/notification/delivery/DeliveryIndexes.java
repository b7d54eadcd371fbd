package org.peermentor.notification.delivery;

import java.time.Duration;
import org.bson.Document;
import org.peermentor.service.store.AscendingIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The indexes the delivery queries need. None of them guards uniqueness — the {@code _id} index,
 * which exists before the first write, does — so deliveries recorded before this runs are just as safe.
 */
@Component
record DeliveryIndexes(ReactiveMongoTemplate mongo) implements ApplicationRunner {
    @Override
    public void run(ApplicationArguments args) {
        // serve the revision-checked updates on servers that only use an index matching a query's keys exactly
        var idRevision = mongo.indexOps(DeliveryLog.COLLECTION)
                .createIndex(new CompoundIndexDefinition(new Document("_id", 1).append("revision", 1))
                        .unique()
                        .named("id_revision"));
        Flux.concat(
                        idRevision,
                        Flux.just(
                                        new AscendingIndex(DeliveryLog.COLLECTION, "due", "status", "nextAttemptAt"),
                                        new AscendingIndex(
                                                DeliveryLog.COLLECTION, "by_pairing", "pairingId", "createdAt"),
                                        new AscendingIndex(
                                                DeliveryLog.COLLECTION, "by_recipient", "recipientKey", "createdAt"),
                                        new AscendingIndex(
                                                DeliveryLog.COLLECTION, "by_program", "programId", "createdAt"),
                                        new AscendingIndex(DeliveryLog.COLLECTION, "by_time", "createdAt"))
                                .concatMap(index -> index.ensure(mongo)))
                .then()
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }
}
