package org.peermentor.matching.pairing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.List;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.service.outbox.OutboxRelay;
import org.peermentor.service.outbox.OutboxTelemetry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The relay that publishes the events each pairing document holds in its outbox on {@code pairing-events}. */
@Configuration(proxyBeanMethods = false)
class PairingOutbox {

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
}
