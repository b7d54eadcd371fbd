package org.peermentor.benchmarks;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.peermentor.contracts.Topics;

/** A plain consumer of a profile topic (keys as ids, values left as bytes), for benchmarks that wait for events. */
final class ProfileTopicConsumer {

    private ProfileTopicConsumer() {}

    /**
     * A consumer of every partition of the participants' profile topic, placed at its current end: it reads only the
     * events published after this call.
     */
    static KafkaConsumer<String, byte[]> fromTheEnd(String kafka, int maxPollRecords) {
        KafkaConsumer<String, byte[]> consumer = create(kafka, maxPollRecords);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.PARTICIPANT_PROFILES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /**
     * Polls, each poll waiting at most {@code poll}, until every one of {@code ids} has had an event or five minutes
     * have passed since {@code sinceNanos} (a {@link System#nanoTime()}); answers how many have had none.
     */
    static int awaitEvents(
            KafkaConsumer<String, byte[]> consumer, Collection<String> ids, long sinceNanos, Duration poll) {
        Set<String> pending = new HashSet<>(ids);
        while (!pending.isEmpty() && System.nanoTime() - sinceNanos < TimeUnit.MINUTES.toNanos(5)) {
            consumer.poll(poll).forEach(record -> pending.remove(record.key()));
        }
        return pending.size();
    }

    private static KafkaConsumer<String, byte[]> create(String kafka, int maxPollRecords) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                maxPollRecords));
    }
}
