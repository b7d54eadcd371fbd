package org.peermentor.intake.outbox;

import java.time.Duration;
import org.peermentor.contracts.Topics;
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
class ListenerErrors {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka) {
        return org.peermentor.service.messaging.ListenerErrors.deadLettering(kafka, Duration.ofSeconds(30));
    }

    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(
            @Value(org.peermentor.service.messaging.ListenerErrors.RETENTION) Duration retention) {
        return org.peermentor.service.messaging.ListenerErrors.deadLetterTopics(
                org.peermentor.service.messaging.ListenerErrors.DEAD_LETTER_SUFFIX, retention, Topics.PAIRING_EVENTS);
    }
}
