package org.peermentor.service.messaging;

import java.time.Duration;
import org.apache.kafka.common.TopicPartition;
import org.peermentor.service.store.StoreOutages;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * The error handling of a listener container: a record that cannot be read ({@link IllegalArgumentException},
 * unreadable JSON) goes to {@code <topic>.DLT} at once and the partition moves on; anything else unexpected is
 * tried three times, then dead-lettered. A store outage is waited out, with pauses growing to
 * {@code maxOutageBackoff}, for as long as it lasts: the record is fine and must be neither skipped nor
 * dead-lettered, and its offset is not committed until it has been applied.
 */
public final class ListenerErrors {

    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private ListenerErrors() {
    }

    public static DefaultErrorHandler deadLettering(KafkaTemplate<?, ?> kafka, Duration maxOutageBackoff) {
        // named as the contract and notification-service name them; Spring Kafka's own default is <topic>-dlt.
        // Partition -1: the producer picks one, so a dead-letter topic need not have as many partitions as its topic
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200, 2));
        handler.addNotRetryableExceptions(IllegalArgumentException.class, JacksonException.class);
        handler.setBackOffFunction((record, failure) -> StoreOutages.isOutage(failure) ? outage(maxOutageBackoff) : null);
        return handler;
    }

    private static ExponentialBackOff outage(Duration max) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(max.toMillis());
        return backOff; // no elapsed-time limit
    }
}
