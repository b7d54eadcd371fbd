package org.peermentor.matching.profile;

import java.time.Duration;
import org.peermentor.service.store.VersionIndex;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/** What the replica needs at start, before the service reports ready: its indexes, then no stale contact details. */
@Configuration(proxyBeanMethods = false)
class ReplicaStartup {

    /** A profile is kept only if newer than the stored one: an update on {_id, version}. */
    @Bean
    @Order(0)
    ApplicationRunner replicaIndexes(ReactiveMongoTemplate mongo) {
        return args -> Flux.just(ProfileReplica.PARTICIPANTS, ProfileReplica.MENTORS)
                .map(VersionIndex::new)
                .concatMap(index -> index.ensure(mongo))
                .then()
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }

    /** A replica written by an earlier version may still hold contact details matching never needed. */
    @Bean
    @Order(1)
    ApplicationRunner replicaWithoutContactDetails(ProfileReplica replica) {
        return args -> replica.dropContactDetails().block(Duration.ofMinutes(5)); // startup, before readiness
    }
}
