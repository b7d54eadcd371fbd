package org.peermentor.service.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What a publishing service imports ({@code @Import(OutboxWiring.class)}) to run the {@link OutboxRelay} the way
 * every service runs it; the service declares only a {@link RelayedStores} bean, saying what its relay publishes.
 * Deliberately not a scanned configuration, like the security one: a service that does not import it has no relay.
 */
public class OutboxWiring {

    @Bean
    OutboxRelay outboxRelay(
            ReactiveMongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            RelayedStores stores,
            Clock clock,
            ObservationRegistry observations,
            MeterRegistry meters) {
        OutboxTelemetry telemetry = new OutboxTelemetry(observations, meters);
        return new OutboxRelay(new OutboxPublisher(mongo, kafka, stores.source(), telemetry), stores, clock);
    }
}
