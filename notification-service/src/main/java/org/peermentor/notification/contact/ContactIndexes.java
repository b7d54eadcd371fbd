package org.peermentor.notification.contact;

import java.time.Duration;
import org.peermentor.service.store.VersionIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Serves the version-checked update {_id, version} on servers that only use an index whose keys match a query
 * exactly (the embedded one); on MongoDB it costs one small index. Uniqueness itself is the {@code _id} index's.
 */
@Component
record ContactIndexes(ReactiveMongoTemplate mongo) implements ApplicationRunner {
    @Override
    public void run(ApplicationArguments args) {
        new VersionIndex(ContactDirectory.COLLECTION)
                .ensure(mongo)
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }
}
