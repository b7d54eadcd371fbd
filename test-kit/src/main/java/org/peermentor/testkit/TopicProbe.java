package org.peermentor.testkit;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, as any consumer would, and collects what it finds. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !consumer.partitionsFor(topic).isEmpty());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every record read so far, after one more poll. */
    public List<ConsumerRecord<String, byte[]>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Every record up to the end the topic has now: what a reader after a restart finds of what was acknowledged. */
    public List<ConsumerRecord<String, byte[]>> recordsToEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            records();
            return end.entrySet().stream()
                    .allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
        });
        return List.copyOf(seen);
    }

    public List<ConsumerRecord<String, byte[]>> recordsWithKey(String key) {
        return records().stream().filter(record -> key.equals(record.key())).toList();
    }

    /** Polls until the records with this key satisfy the condition, and returns them. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(
            String key, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        await().atMost(Duration.ofSeconds(60)).until(() -> done.test(recordsWithKey(key)));
        return recordsWithKey(key);
    }

    /** The keys of every record on {@code topic}, read to its end. */
    public static Set<String> keysToEnd(String bootstrapServers, String topic) {
        try (TopicProbe probe = new TopicProbe(bootstrapServers, topic)) {
            return probe.recordsToEnd().stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        }
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
