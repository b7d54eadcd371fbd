package org.peermentor.intake.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.List;
import org.peermentor.intake.IntakeProperties;
import org.peermentor.intake.profile.ProfileKind;
import org.peermentor.service.outbox.OutboxRelay;
import org.peermentor.service.outbox.OutboxTelemetry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The relay that publishes the events waiting in participant and mentor documents. */
@Configuration(proxyBeanMethods = false)
class IntakeOutbox {

    @Bean
    OutboxRelay outboxRelay(
            ReactiveMongoTemplate mongo,
            KafkaTemplate<String, byte[]> kafka,
            IntakeProperties properties,
            List<ProfileKind<?>> kinds,
            Clock clock,
            ObservationRegistry observations,
            MeterRegistry meters) {
        return new OutboxRelay(
                mongo,
                kafka,
                properties.relay(),
                kinds.stream().map(ProfileKind::collection).toList(),
                properties.eventSource(),
                clock,
                new OutboxTelemetry(observations, meters));
    }
}
