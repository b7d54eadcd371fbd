package org.peermentor.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermentor.embedded.Ports;

/**
 * What the embedded MongoDB server and Kafka broker acknowledged is still there after their JVM is killed with
 * {@code kill -9} in the middle of a stream of writes, and found by a new server on the same data.
 */
class CrashDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 2_000;

    @TempDir
    Path dir;

    private final int port = Ports.freePort();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    @Test
    void everyInsertTheMongoServerAcknowledgedSurvivesAKillNine() throws Exception {
        Path data = dir.resolve("mongo");
        CrashHost host = CrashHost.launch("mongo", data, port);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (MongoClient client = mongoClient(port)) {
            for (int i = 0; i < 4; i++) {
                writers.submit(() -> {
                    while (!killed.get()) {
                        String id = UUID.randomUUID().toString();
                        try {
                            documents(client).insertOne(new Document("_id", id).append("name", "Ada"));
                            acknowledged.add(id);
                        } catch (RuntimeException e) {
                            return; // the server is gone: this write was never acknowledged
                        }
                    }
                });
            }
            await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_THE_KILL);
            host.killHard();
            killed.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        Set<String> found = CrashHost.readAfterRestart("mongo", data, port, () -> {
            try (MongoClient client = mongoClient(port)) {
                Set<String> ids = new HashSet<>();
                documents(client).find().forEach(document -> ids.add(document.getString("_id")));
                return ids;
            }
        });
        assertThat(found).containsAll(acknowledged);
    }

    @Test
    void everyRecordTheKafkaBrokerAcknowledgedSurvivesAKillNine() throws Exception {
        Path data = dir.resolve("kafka");
        CrashHost host = CrashHost.launch("kafka", data, port);
        String topic = "survives-kill";
        try (KafkaProducer<String, String> producer = CrashHost.producer(port, 5)) {
            AtomicBoolean killed = new AtomicBoolean();
            Thread sender = new Thread(() -> {
                while (!killed.get()) {
                    String key = UUID.randomUUID().toString();
                    producer.send(new ProducerRecord<>(topic, key, "value"), (metadata, failure) -> {
                        if (failure == null) {
                            acknowledged.add(key);
                        }
                    });
                }
            });
            sender.start();
            await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_THE_KILL);
            host.killHard();
            killed.set(true);
            sender.join(Duration.ofSeconds(60).toMillis());
            producer.close(Duration.ZERO);
        }

        Set<String> found =
                CrashHost.readAfterRestart("kafka", data, port, () -> TopicProbe.keysToEnd("localhost:" + port, topic));
        assertThat(found).containsAll(acknowledged);
    }

    private static MongoClient mongoClient(int port) {
        return MongoClients.create("mongodb://localhost:" + port + "/?retryWrites=false&serverSelectionTimeoutMS=2000");
    }

    private static MongoCollection<Document> documents(MongoClient client) {
        return client.getDatabase("durability").getCollection("documents");
    }
}
