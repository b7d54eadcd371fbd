package org.peermentor.service.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import reactor.core.publisher.Mono;

/** An index over some fields of a collection, each ascending, named for what reads it; made if missing. */
public record AscendingIndex(String collection, String name, String... fields) {

    public Mono<String> ensure(ReactiveMongoTemplate mongo) {
        Document keys = new Document();
        for (String field : fields) {
            keys.append(field, 1);
        }
        return mongo.indexOps(collection).createIndex(new CompoundIndexDefinition(keys).named(name));
    }
}
