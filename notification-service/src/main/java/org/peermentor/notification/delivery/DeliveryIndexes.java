package org.peermentor.notification.delivery;

import java.time.Duration;
import org.bson.Document;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The indexes the delivery queries need. None of them guards uniqueness — the {@code _id} index,
 * which exists before the first write, does — so deliveries recorded before this runs are just as safe.
 */
@Component
class DeliveryIndexes implements ApplicationRunner {

    private final ReactiveMongoTemplate mongo;

    DeliveryIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        var deliveries = mongo.indexOps(DeliveryLog.COLLECTION);
        Flux.concat(
                        // serve the revision-checked updates on servers that only use an index matching a query's keys
                        // exactly
                        deliveries.createIndex(new CompoundIndexDefinition(new Document("_id", 1).append("revision", 1))
                                .unique()
                                .named("id_revision")),
                        deliveries.createIndex(
                                new CompoundIndexDefinition(new Document("status", 1).append("nextAttemptAt", 1))
                                        .named("due")),
                        deliveries.createIndex(
                                new CompoundIndexDefinition(new Document("pairingId", 1).append("createdAt", 1))
                                        .named("by_pairing")),
                        deliveries.createIndex(
                                new CompoundIndexDefinition(new Document("recipientKey", 1).append("createdAt", 1))
                                        .named("by_recipient")),
                        deliveries.createIndex(
                                new CompoundIndexDefinition(new Document("programId", 1).append("createdAt", 1))
                                        .named("by_program")),
                        deliveries.createIndex(new Index("createdAt", Sort.Direction.ASC).named("by_time")))
                .then()
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }
}
