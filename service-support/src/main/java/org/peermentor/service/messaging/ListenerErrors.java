package org.peermentor.service.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.peermentor.service.store.StoreOutages;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
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

    /** How long dead letters are kept; 7 days unless set. */
    public static final String RETENTION_SETTING = "peermentor.dead-letters.retention";

    /** {@value #RETENTION_SETTING} with its default, for {@code @Value}. */
    public static final String RETENTION = "${" + RETENTION_SETTING + ":7d}";

    private ListenerErrors() {}

    /** Likewise, counting each dead letter in {@code peermentor_dead_letters_total} by the topic it came from. */
    public static DefaultErrorHandler deadLettering(
            KafkaTemplate<?, ?> kafka, Duration maxOutageBackoff, MeterRegistry meters) {
        // named as the contract and notification-service name them; Spring Kafka's own default is <topic>-dlt.
        // Partition -1: the producer picks one, so a dead-letter topic need not have as many partitions as its topic
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(
                kafka, (record, failure) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, failure) -> {
            publisher.accept(record, consumer, failure);
            countDeadLetter(meters, record.topic());
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200, 2));
        handler.addNotRetryableExceptions(IllegalArgumentException.class, JacksonException.class);
        handler.setBackOffFunction(
                (record, failure) -> StoreOutages.isOutage(failure) ? outage(maxOutageBackoff) : null);
        return handler;
    }

    /** Counts one record of {@code topic} moved to its dead-letter topic. */
    public static void countDeadLetter(MeterRegistry meters, String topic) {
        Counter.builder("peermentor.dead.letters")
                .description("Records moved to a dead-letter topic, by the topic they came from")
                .tag("topic", topic)
                .register(meters)
                .increment();
    }

    /**
     * The dead-letter topics of {@code topics}, created when missing and kept only for {@code retention} (setting
     * {@value #RETENTION_SETTING}): a dead letter holds its record as it came, personal data included, where no
     * erasure reaches it, so it must not stay longer than someone needs to look into it. Segments roll daily (or
     * sooner for a shorter retention), so a letter goes within a day of its time.
     */
    public static KafkaAdmin.NewTopics deadLetterTopics(String suffix, Duration retention, String... topics) {
        Duration segment = retention.compareTo(Duration.ofDays(1)) < 0 ? retention : Duration.ofDays(1);
        return new KafkaAdmin.NewTopics(Stream.of(topics)
                .map(topic -> TopicBuilder.name(topic + suffix)
                        .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()))
                        .config(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(segment.toMillis()))
                        .build())
                .toArray(NewTopic[]::new));
    }

    private static ExponentialBackOff outage(Duration max) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(max.toMillis());
        return backOff; // no elapsed-time limit
    }
}
