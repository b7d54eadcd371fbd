package org.peermentor.intake.outbox;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * A pairing event that cannot be read goes to {@code pairing-events.DLT}; the next one is processed. A store outage
 * is waited out, so no status change is skipped.
 */
@Configuration(proxyBeanMethods = false)
class ListenerErrors {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafka) {
        return org.peermentor.service.messaging.ListenerErrors.deadLettering(kafka, Duration.ofSeconds(30));
    }
}
