package org.peermentor.service.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import reactor.core.publisher.Mono;

/**
 * The unique {@code {_id, version}} index of a collection updated optimistically: such an update queries both, and
 * the embedded server answers only exact-key queries from an index. Made if missing.
 */
public record VersionIndex(String collection) {

    public Mono<String> ensure(ReactiveMongoTemplate mongo) {
        return mongo.indexOps(collection)
                .createIndex(new CompoundIndexDefinition(new Document("_id", 1).append("version", 1))
                        .unique()
                        .named("id_version"));
    }
}
