package org.peermentor.matching;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.peermentor.contracts.Topics;
import org.peermentor.service.messaging.ListenerErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The pieces every part of the service shares: the clock and the listeners' error handling. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
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
}
