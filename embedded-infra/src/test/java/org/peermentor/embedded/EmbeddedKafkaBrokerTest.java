package org.peermentor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @TempDir
    static Path dataDir;

    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.create(dataDir.resolve("kafka"), 0);
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aRecordSurvivesAStopAndAStartOnTheSamePortAndData() throws Exception {
        String topic = "survives-restart";
        int port = broker.port();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "key", "before the restart"))
                    .get();
        }

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        assertThat(broker.port()).isEqualTo(port);
        assertThat(readAll(topic)).containsExactly("before the restart");
    }

    @Test
    void aBrokerStartedAgainOnTheSameDataDirFindsTheRecords() throws Exception {
        String topic = "survives-new-broker";
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "key", "kept on disk")).get();
        }
        broker.stop();

        // a new instance on the same directory, as after a restart of the JVM: no second format, same cluster
        broker = EmbeddedKafkaBroker.create(dataDir.resolve("kafka"), broker.port());
        broker.start();

        assertThat(readAll(topic)).containsExactly("kept on disk");
    }

    @Test
    void aRecordSentWhileTheBrokerIsDownArrivesOnceAfterItIsBack() throws Exception {
        String topic = "sent-while-down";
        Map<String, Object> patient = Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        try (KafkaProducer<String, String> producer = producer(patient)) {
            producer.send(new ProducerRecord<>(topic, "key", "while up")).get();

            broker.stop();
            // send() itself may block for metadata while no broker answers, so it runs beside the restart
            CompletableFuture<RecordMetadata> sentWhileDown = CompletableFuture.supplyAsync(() -> {
                try {
                    return producer.send(new ProducerRecord<>(topic, "key", "while down"))
                            .get();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            assertThat(sentWhileDown).isNotDone();
            broker.start();

            await().atMost(Duration.ofSeconds(90)).until(sentWhileDown::isDone);
            assertThat(sentWhileDown).isCompletedWithValueMatching(RecordMetadata::hasOffset);
        }

        assertThat(readAll(topic)).containsExactly("while up", "while down");
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true));
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Every value in the topic, read from the beginning up to the current end. */
    private static List<String> readAll(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return values;
        }
    }
}
