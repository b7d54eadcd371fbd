package org.peermentor.service.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
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
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * The error handling of a listener container: a record that cannot be read ({@link IllegalArgumentException},
 * unreadable JSON) goes to {@code <topic>.DLT} at once and the partition moves on; anything else unexpected is
 * tried three times, then dead-lettered. A store outage is waited out, with pauses growing to
 * {@code maxOutageBackoff}, for as long as it lasts: the record is fine and must be neither skipped nor
 * dead-lettered, and its offset is not committed until it has been applied. A service whose dead-letter topics,
 * retries or unreadable records differ builds the same from {@link #deadLetterPublisher} and {@link #errorHandler}.
 */
public final class ListenerErrors {

    /** As the contract names dead-letter topics; Spring Kafka's own default is {@code <topic>-dlt}. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** How long dead letters are kept; 7 days unless set. */
    public static final String RETENTION_SETTING = "peermentor.dead-letters.retention";

    /** {@value #RETENTION_SETTING} with its default, for {@code @Value}. */
    public static final String RETENTION = "${" + RETENTION_SETTING + ":7d}";

    private ListenerErrors() {}

    /** Likewise, counting each dead letter in {@code peermentor_dead_letters_total} by the topic it came from. */
    public static DefaultErrorHandler deadLettering(
            KafkaTemplate<?, ?> kafka, Duration maxOutageBackoff, MeterRegistry meters) {
        return errorHandler(
                deadLetterPublisher(kafka, DEAD_LETTER_SUFFIX, meters),
                new FixedBackOff(200, 2),
                maxOutageBackoff,
                IllegalArgumentException.class);
    }

    /**
     * Publishes a record, unchanged and with its failure in the headers, to {@code <topic><suffix>}, and counts it in
     * {@code peermentor_dead_letters_total} by the topic it came from.
     */
    public static ConsumerAwareRecordRecoverer deadLetterPublisher(
            KafkaTemplate<?, ?> kafka, String suffix, MeterRegistry meters) {
        // Partition -1: the producer picks one, so a dead-letter topic need not have as many partitions as its topic
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(
                kafka, (record, failure) -> new TopicPartition(record.topic() + suffix, -1));
        return (record, consumer, failure) -> {
            publisher.accept(record, consumer, failure);
            countDeadLetter(meters, record.topic());
        };
    }

    /**
     * The error handler around {@code recoverer}: a record failing with {@code unreadable} or unreadable JSON is
     * recovered at once, a store outage is waited out with pauses growing to {@code maxOutageBackoff}, and anything
     * else is retried as {@code retries} says before it is recovered.
     */
    public static DefaultErrorHandler errorHandler(
            ConsumerAwareRecordRecoverer recoverer,
            BackOff retries,
            Duration maxOutageBackoff,
            Class<? extends Exception> unreadable) {
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, retries);
        handler.addNotRetryableExceptions(unreadable, JacksonException.class);
        handler.setBackOffFunction(
                (record, failure) -> StoreOutages.isOutage(failure) ? outage(maxOutageBackoff) : null);
        return handler;
    }

    /** Counts one record of {@code topic} moved to its dead-letter topic. */
    private static void countDeadLetter(MeterRegistry meters, String topic) {
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
        return new KafkaAdmin.NewTopics(
                deadLetterTopicList(suffix, retention, topics).toArray(NewTopic[]::new));
    }

    static List<NewTopic> deadLetterTopicList(String suffix, Duration retention, String... topics) {
        Duration segment = retention.compareTo(Duration.ofDays(1)) < 0 ? retention : Duration.ofDays(1);
        return Stream.of(topics)
                .map(topic -> TopicBuilder.name(topic + suffix)
                        .config(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()))
                        .config(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(segment.toMillis()))
                        .build())
                .toList();
    }

    private static ExponentialBackOff outage(Duration max) {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(max.toMillis());
        return backOff; // no elapsed-time limit
    }
}
