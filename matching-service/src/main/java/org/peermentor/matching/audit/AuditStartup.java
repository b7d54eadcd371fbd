package org.peermentor.matching.audit;

import java.time.Duration;
import org.peermentor.service.store.AscendingIndex;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;

/** The audit trail's indexes, made at start: a pairing's and a program's entries are read by those ids. */
@Configuration(proxyBeanMethods = false)
class AuditStartup {

    @Bean
    @Order(0)
    ApplicationRunner auditIndexes(ReactiveMongoTemplate mongo) {
        return args -> Flux.just(
                        new AscendingIndex(ManagerActions.COLLECTION, "by_pairing", "pairingId"),
                        new AscendingIndex(ManagerActions.COLLECTION, "by_program", "programId"))
                .concatMap(index -> index.ensure(mongo))
                .then()
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }
}
