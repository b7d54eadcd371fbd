package org.peermentor.notification.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.service.messaging.ListenerErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The listener containers' error handling. A record that cannot be read is published, unchanged and with the
 * failure in its headers, to {@code <topic>.DLT}, and the partition moves on. A store outage is retried with
 * growing pauses for as long as it lasts: those records are fine and must not be lost. Anything else is tried a
 * few times, then dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, byte[]> kafka, NotificationProperties properties, MeterRegistry meters) {
        NotificationProperties.Consuming settings = properties.consuming();
        ConsumerAwareRecordRecoverer publisher =
                ListenerErrors.deadLetterPublisher(kafka, settings.deadLetterSuffix(), meters);
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, failure) -> {
            publisher.accept(record, consumer, failure);
            log.warn(
                    "Record {}-{}@{} moved to {}{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.topic(),
                    settings.deadLetterSuffix(),
                    FailureReason.of(failure));
        };
        return ListenerErrors.errorHandler(
                recoverer,
                new FixedBackOff(settings.backoff().toMillis(), Math.max(0, settings.attempts() - 1)),
                settings.maxOutageBackoff(),
                InvalidEventException.class);
    }

    /** Created at start, kept for a limited time: a dead letter of a profile topic holds personal data. */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(
            NotificationProperties properties, @Value(ListenerErrors.RETENTION) Duration retention) {
        return ListenerErrors.deadLetterTopics(
                properties.consuming().deadLetterSuffix(),
                retention,
                Topics.PARTICIPANT_PROFILES,
                Topics.MENTOR_PROFILES,
                Topics.PAIRING_EVENTS);
    }
}
