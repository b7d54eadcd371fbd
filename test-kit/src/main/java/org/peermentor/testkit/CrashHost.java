package org.peermentor.testkit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.peermentor.embedded.CommittingH2Backend;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMongo;

/**
 * One of the local stack's servers alone in a JVM of its own, so that a test or a measurement can kill it with
 * {@code kill -9} (SIGKILL: no shutdown hook, no last commit) and start it again on the same data. Modes:
 * {@code mongo} as the local stack runs it (each write committed before the reply), {@code mongo-fsync} (and forced
 * to disk), {@code mongo-uncommitted} (H2 as mongo-java-server leaves it: committed in the background), {@code kafka}
 * as the local stack runs it, {@code kafka-fsync} (every append forced to disk: {@code log.flush.interval.messages=1}).
 */
public final class CrashHost {

    static final String READY = "CRASH-HOST-READY";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    /** Where this run's lines begin: a restart appends to the log of the run it follows, READY line and all. */
    private final long logStart;

    private CrashHost(Process process, Path log, long logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    /** Starts {@code mode} on {@code port} with its data in {@code dataDir}, in a new JVM, and waits until it serves. */
    public static CrashHost launch(String mode, Path dataDir, int port) {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + mode + ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashHost.class.getName(),
                mode,
                dataDir.toString(),
                String.valueOf(port));
        try {
            Files.createDirectories(dataDir);
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            CrashHost host = new CrashHost(process, log, logStart);
            host.awaitReady();
            return host;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + mode, e);
        }
    }

    /** SIGKILL, as {@code kill -9} sends it; returns once the process is gone. */
    public void killHard() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Process " + process.pid() + " outlived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts {@code mode} again on the data and port a killed host left, reads from it what survived, and kills the
     * new host too.
     */
    public static <T> T readAfterRestart(String mode, Path dataDir, int port, Callable<T> read) throws Exception {
        CrashHost restarted = launch(mode, dataDir, port);
        try {
            return read.call();
        } finally {
            restarted.killHard();
        }
    }

    /**
     * A producer to a {@code kafka} host on {@code port}: a record counts as acknowledged only once the broker has
     * it ({@code acks=all}, idempotent), and a send fails within seconds while the host is down.
     */
    public static KafkaProducer<String, String> producer(int port, int lingerMs) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        "localhost:" + port,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        2_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        5_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        3_000,
                        ProducerConfig.LINGER_MS_CONFIG,
                        lingerMs),
                new StringSerializer(),
                new StringSerializer());
    }

    private void awaitReady() {
        try {
            Awaitility.await()
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Crash host exited before it was ready; see " + log);
                        }
                        return Files.readString(log, StandardCharsets.ISO_8859_1)
                                .substring((int) logStart)
                                .contains(READY);
                    });
        } catch (RuntimeException notReady) {
            process.destroyForcibly();
            throw new IllegalStateException("Crash host did not start; see " + log, notReady);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        Path dataDir = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        switch (mode) {
            case "mongo" ->
                mongo(
                        new CommittingH2Backend(
                                dataDir.resolve(EmbeddedMongo.STORE_FILE).toString(), false),
                        port);
            case "mongo-fsync" ->
                mongo(
                        new CommittingH2Backend(
                                dataDir.resolve(EmbeddedMongo.STORE_FILE).toString(), true),
                        port);
            case "mongo-uncommitted" ->
                mongo(new H2Backend(dataDir.resolve(EmbeddedMongo.STORE_FILE).toString()), port);
            case "kafka" -> EmbeddedKafkaBroker.create(dataDir, port).start();
            case "kafka-fsync" ->
                EmbeddedKafkaBroker.create(dataDir, port, Map.of("log.flush.interval.messages", "1"))
                        .start();
            default -> throw new IllegalArgumentException("Unknown mode " + mode);
        }
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await(); // until killed
    }

    private static void mongo(MongoBackend backend, int port) {
        new MongoServer(backend).bind("localhost", port);
    }
}
