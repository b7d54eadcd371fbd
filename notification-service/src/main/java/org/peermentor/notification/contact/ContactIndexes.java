package org.peermentor.notification.contact;

import java.time.Duration;
import org.bson.Document;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.stereotype.Component;

/**
 * Serves the version-checked update {_id, version} on servers that only use an index whose keys match a query
 * exactly (the embedded one); on MongoDB it costs one small index. Uniqueness itself is the {@code _id} index's.
 */
@Component
class ContactIndexes implements ApplicationRunner {

    private final ReactiveMongoTemplate mongo;

    ContactIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        mongo.indexOps(ContactDirectory.COLLECTION)
                .createIndex(new CompoundIndexDefinition(new Document("_id", 1).append("version", 1))
                        .unique()
                        .named("id_version"))
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }
}
