package org.peermentor.faults;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.testkit.GroupOffsets;
import org.peermentor.testkit.TopicProbe;

/** What the suite does to Kafka from outside: poison records, a consumer group sent back to the start, the dead letters. */
final class KafkaFaults {

    /** The header Spring Kafka's dead-letter publisher names the failed record's consumer group in. */
    static final String ORIGINAL_GROUP = "kafka_dlt-original-consumer-group";

    /** A record that no consumer can read: the event type its topic carries, and a value that is not JSON. */
    record Poison(String topic, String key, String value) {}

    /** One record found on a dead-letter topic. */
    record DeadLetter(String topic, String group, String key, String value) {}

    private final String bootstrapServers;

    KafkaFaults(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Poison poison(String topic, String eventType) {
        Poison poison = new Poison(topic, "poison-" + UUID.randomUUID(), "{\"this is\": not JSON");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(topic, poison.key(), poison.value().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, eventType.getBytes(StandardCharsets.UTF_8));
            record.headers()
                    .add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SOURCE, "/fault-suite".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish a poison record to " + topic, e.getCause());
        }
        return poison;
    }

    /**
     * Sends a consumer group back to the beginning of a topic, as {@code kafka-consumer-groups.sh --reset-offsets
     * --to-earliest} does: its next member reads the whole topic again. Waits until the group has no member left (a
     * killed one stays until its session times out), which Kafka requires.
     */
    void replayFromStart(String group, String topic) {
        try (Admin admin = admin()) {
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> admin.describeConsumerGroups(List.of(group))
                            .all()
                            .get()
                            .get(group)
                            .members()
                            .isEmpty());
            Map<TopicPartition, OffsetAndMetadata> start =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .map(partition -> new TopicPartition(topic, partition.partition()))
                            .collect(Collectors.toMap(Function.identity(), partition -> new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, start).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not reset group " + group + " on " + topic, e.getCause());
        }
    }

    /** Every record of the dead-letter topic, read from its beginning. */
    List<DeadLetter> deadLetters(String topic) {
        long expected = GroupOffsets.records(bootstrapServers, topic);
        List<DeadLetter> letters = new ArrayList<>();
        if (expected == 0) {
            return letters;
        }
        try (TopicProbe probe = new TopicProbe(bootstrapServers, topic)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> probe.records().size() >= expected);
            for (ConsumerRecord<String, byte[]> record : probe.records()) {
                letters.add(new DeadLetter(
                        topic,
                        TopicProbe.header(record, ORIGINAL_GROUP),
                        record.key(),
                        record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
            }
        }
        return letters;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
