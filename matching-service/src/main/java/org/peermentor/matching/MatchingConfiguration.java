package org.peermentor.matching;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.service.messaging.ListenerErrors;
import org.peermentor.service.outbox.OutboxRelay;
import org.peermentor.service.outbox.OutboxTelemetry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import reactor.core.publisher.Flux;

/** The pieces every part of the service shares: the clock, the outbox relay, indexes and the listeners' error handling. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxRelay outboxRelay(
            ReactiveMongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            MatchingProperties properties,
            Clock clock,
            ObservationRegistry observations,
            MeterRegistry meters) {
        return new OutboxRelay(
                mongo,
                kafka,
                properties.relay(),
                List.of(PairingStore.COLLECTION),
                properties.eventSource(),
                clock,
                new OutboxTelemetry(observations, meters));
    }

    /** An unreadable record goes to {@code <topic>.DLT} and the rest flow on; a store outage is waited out. */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        return ListenerErrors.deadLettering(kafka, Duration.ofSeconds(30), meters);
    }

    /** Dead letters of the profile topics hold personal data: they are kept for a limited time. */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(@Value(ListenerErrors.RETENTION) Duration retention) {
        return ListenerErrors.deadLetterTopics(
                ListenerErrors.DEAD_LETTER_SUFFIX, retention, Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES);
    }

    /** Optimistic updates query {_id, version}; the embedded server answers only exact-key queries from an index. */
    @Bean
    @Order(0)
    ApplicationRunner matchingIndexes(ReactiveMongoTemplate mongo) {
        return args -> Flux.just(PairingStore.COLLECTION, ProfileReplica.PARTICIPANTS, ProfileReplica.MENTORS)
                .concatMap(collection -> mongo.indexOps(collection)
                        .createIndex(new CompoundIndexDefinition(new Document("_id", 1).append("version", 1))
                                .unique()
                                .named("id_version")))
                .then()
                .block(Duration.ofSeconds(60)); // startup, before readiness
    }

    /** The audit trail's indexes: a pairing's and a program's entries are read by those ids. */
    @Bean
    @Order(0)
    ApplicationRunner auditIndexes(ManagerActions audit) {
        return args -> audit.ensureIndexes().block(Duration.ofSeconds(60)); // startup, before readiness
    }

    /** A replica written by an earlier version may still hold contact details matching never needed. */
    @Bean
    @Order(1)
    ApplicationRunner replicaWithoutContactDetails(ProfileReplica replica) {
        return args -> replica.dropContactDetails().block(Duration.ofMinutes(5)); // startup, before readiness
    }
}
