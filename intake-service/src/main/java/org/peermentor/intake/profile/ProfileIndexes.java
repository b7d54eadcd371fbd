package org.peermentor.intake.profile;

import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.peermentor.intake.audit.AuditTrail;
import org.peermentor.service.store.VersionIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Creates the indexes the queries and the uniqueness rules need. Runs before the service reports ready,
 * because a registration accepted without the unique indexes could slip a duplicate in.
 */
@Component
record ProfileIndexes(ReactiveMongoTemplate mongo, List<ProfileKind<?>> kinds, AuditTrail audit)
        implements ApplicationRunner {
    @Override
    public void run(ApplicationArguments args) {
        Flux.fromIterable(kinds)
                .concatMap(kind -> {
                    var indexes = mongo.indexOps(kind.collection());
                    return Flux.concat(
                            indexes.createIndex(new Index("emailKey", Sort.Direction.ASC)
                                    .unique()
                                    .sparse()
                                    .named(ProfileStore.EMAIL_INDEX)),
                            indexes.createIndex(new Index("idempotencyKey", Sort.Direction.ASC)
                                    .unique()
                                    .sparse()
                                    .named(ProfileStore.IDEMPOTENCY_INDEX)),
                            // a unique index, so the embedded store answers the import's lookup from it too
                            indexes.createIndex(new Index(ProfileStore.IMPORT_KEY, Sort.Direction.ASC)
                                    .unique()
                                    .sparse()
                                    .named(ProfileStore.IMPORT_INDEX)),
                            indexes.createIndex(new CompoundIndexDefinition(new Document("programId", 1)
                                            .append("status", 1)
                                            .append("registeredAt", 1))
                                    .named("program_status_registered")),
                            indexes.createIndex(new Index("outbox.eventId", Sort.Direction.ASC)
                                    .sparse()
                                    .named("pending_events")),
                            new VersionIndex(kind.collection()).ensure(mongo));
                })
                .then(audit.ensureIndexes())
                .block(Duration.ofSeconds(60)); // startup, before readiness: the service must not serve without them
    }
}
