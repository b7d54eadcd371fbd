package org.peermentor.service.health;

import com.mongodb.reactivestreams.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * MongoDB is UP when the server answers {@code ping}. Boot's own check sends {@code hello} to every database, which
 * the local stack's MongoDB wire-protocol server does not know, so it would report DOWN there for ever.
 */
final class MongoHealth implements ReactiveHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;

    MongoHealth(MongoClient client) {
        this.client = client;
    }

    @Override
    public Mono<Health> health() {
        return Mono.from(client.getDatabase("admin").runCommand(PING))
                .map(answer -> Health.up().build());
    }
}
