package org.peermentor.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.peermentor.embedded.Ports;
import org.peermentor.testkit.CrashHost;
import org.peermentor.testkit.TopicProbe;

/**
 * Writes to the embedded MongoDB server or Kafka broker, each alone in a JVM, from several writers for a while, kills
 * that JVM with {@code kill -9} in the middle of the stream, starts it again on the same data and counts what was
 * acknowledged but is gone. Also reports the acknowledged writes per second before the kill, the cost of each mode.
 *
 * <pre>java -cp "$CP" org.peermentor.benchmarks.DurabilityBenchmark --modes mongo-uncommitted,mongo,mongo-fsync,kafka,kafka-fsync --seconds 20 --writers 8 --rounds 3</pre>
 */
public final class DurabilityBenchmark {

    private DurabilityBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> modes =
                List.of(options.getOrDefault("modes", "mongo-uncommitted,mongo,mongo-fsync,kafka,kafka-fsync")
                        .split(","));
        Duration window = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        int writers = options.integer("writers", 8);
        int rounds = options.integer("rounds", 3);
        Path root = Files.createTempDirectory("durability-");
        System.out.printf(
                "%-18s %5s %12s %12s %8s %10s%n", "mode", "round", "acknowledged", "acked/s", "lost", "unacked+");
        for (String mode : modes) {
            for (int round = 1; round <= rounds; round++) {
                Path data = root.resolve(mode + "-" + round);
                Result result = mode.startsWith("mongo")
                        ? mongo(mode, data, window, writers)
                        : kafka(mode, data, window, writers);
                System.out.printf(
                        "%-18s %5d %12d %12.0f %8d %10d%n",
                        mode,
                        round,
                        result.acknowledged(),
                        result.acknowledged() / (double) window.toMillis() * 1000,
                        result.lost(),
                        result.extra());
            }
        }
    }

    record Result(int acknowledged, int lost, int extra) {
        static Result of(Set<String> acknowledged, Set<String> found) {
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(found);
            Set<String> extra = new HashSet<>(found);
            extra.removeAll(acknowledged);
            return new Result(acknowledged.size(), lost.size(), extra.size());
        }
    }

    /** Single inserts, each acknowledged (w:1) before the writer sends its next. */
    static Result mongo(String mode, Path data, Duration window, int writers) throws Exception {
        int port = Ports.freePort();
        CrashHost host = CrashHost.launch(mode, data, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try (MongoClient client = mongoClient(port)) {
            for (int i = 0; i < writers; i++) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        String id = UUID.randomUUID().toString();
                        try {
                            documents(client)
                                    .insertOne(new Document("_id", id)
                                            .append("firstName", "Ada")
                                            .append("languages", List.of("en", "es"))
                                            .append("note", "x".repeat(400)));
                            if (!stop.get()) {
                                acknowledged.add(id);
                            }
                        } catch (RuntimeException e) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(window.toMillis());
            stop.set(true); // acknowledgements from here on are not counted, so the window is exactly the rate's
            host.killHard();
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        CrashHost restarted = CrashHost.launch("mongo", data, port);
        try (MongoClient client = mongoClient(port)) {
            Set<String> found = new HashSet<>();
            documents(client).find().forEach(document -> found.add(document.getString("_id")));
            return Result.of(acknowledged, found);
        } finally {
            restarted.killHard();
        }
    }

    /** Records sent by idempotent producers with acks=all, counted when the broker acknowledges them. */
    static Result kafka(String mode, Path data, Duration window, int writers) throws Exception {
        int port = Ports.freePort();
        CrashHost host = CrashHost.launch(mode, data, port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        List<KafkaProducer<String, String>> producers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            KafkaProducer<String, String> producer = CrashHost.producer(port, 0);
            producers.add(producer);
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    String key = UUID.randomUUID().toString();
                    try {
                        // one at a time, as the outbox relay of one document does: acknowledged before the next
                        producer.send(new ProducerRecord<>("durability", key, "x".repeat(500)))
                                .get();
                        if (!stop.get()) {
                            acknowledged.add(key);
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(window.toMillis());
        stop.set(true);
        host.killHard();
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        producers.forEach(producer -> producer.close(Duration.ZERO));
        CrashHost restarted = CrashHost.launch("kafka", data, port);
        try {
            return Result.of(acknowledged, TopicProbe.keysToEnd("localhost:" + port, "durability"));
        } finally {
            restarted.killHard();
        }
    }

    private static MongoClient mongoClient(int port) {
        return MongoClients.create("mongodb://localhost:" + port + "/?retryWrites=false&serverSelectionTimeoutMS=2000");
    }

    private static MongoCollection<Document> documents(MongoClient client) {
        return client.getDatabase("durability").getCollection("documents");
    }
}
