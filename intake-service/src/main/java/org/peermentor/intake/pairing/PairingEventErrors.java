package org.peermentor.intake.pairing;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.peermentor.contracts.Topics;
import org.peermentor.service.messaging.ListenerErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * A pairing event that cannot be read goes to {@code pairing-events.DLT}, kept for a limited time; the next one is
 * processed. A store outage is waited out, so no status change is skipped.
 */
@Configuration(proxyBeanMethods = false)
class PairingEventErrors {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        return ListenerErrors.deadLettering(kafka, Duration.ofSeconds(30), meters);
    }

    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(@Value(ListenerErrors.RETENTION) Duration retention) {
        return ListenerErrors.deadLetterTopics(ListenerErrors.DEAD_LETTER_SUFFIX, retention, Topics.PAIRING_EVENTS);
    }
}
