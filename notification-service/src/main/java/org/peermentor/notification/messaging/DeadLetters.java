package org.peermentor.notification.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.peermentor.contracts.Topics;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.service.messaging.ListenerErrors;
import org.peermentor.service.store.StoreOutages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

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
        var publisher = new DeadLetterPublishingRecoverer(
                kafka,
                // partition -1: the DLT's own partitioner decides, so it need not have as many partitions as the topic
                (record, failure) -> new TopicPartition(record.topic() + settings.deadLetterSuffix(), -1));
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, failure) -> {
            publisher.accept(record, consumer, failure);
            ListenerErrors.countDeadLetter(meters, record.topic());
            log.warn(
                    "Record {}-{}@{} moved to {}{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.topic(),
                    settings.deadLetterSuffix(),
                    FailureReason.of(failure));
        };
        var handler = new DefaultErrorHandler(
                recoverer, new FixedBackOff(settings.backoff().toMillis(), Math.max(0, settings.attempts() - 1)));
        handler.addNotRetryableExceptions(InvalidEventException.class, JacksonException.class);
        handler.setBackOffFunction(
                (record, failure) -> StoreOutages.isOutage(failure) ? outageBackOff(settings) : null);
        return handler;
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

    private static BackOff outageBackOff(NotificationProperties.Consuming settings) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(settings.maxOutageBackoff().toMillis());
        return backOff; // no elapsed-time limit: the record waits for the store, it is not dead-lettered
    }
}
