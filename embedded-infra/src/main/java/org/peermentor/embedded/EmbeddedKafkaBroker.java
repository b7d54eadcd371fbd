package org.peermentor.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), in this JVM.
 * It can be stopped and started again on the same port with the same data, which is what fault tests need.
 */
public final class EmbeddedKafkaBroker extends RestartableServer<KafkaRaftServer> {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int controllerPort;
    private final Map<String, String> settings;

    private EmbeddedKafkaBroker(Path dataDir, int port, int controllerPort, Map<String, String> settings) {
        super(port);
        this.dataDir = dataDir.toAbsolutePath();
        this.controllerPort = controllerPort;
        this.settings = Map.copyOf(settings);
    }

    /** A stopped broker keeping its logs under {@code dataDir}; port 0 picks a free port, kept for every restart. */
    public static EmbeddedKafkaBroker create(Path dataDir, int port) {
        return create(dataDir, port, Map.of());
    }

    /** Likewise, with broker settings of its own on top (e.g. {@code log.flush.interval.messages}). */
    public static EmbeddedKafkaBroker create(Path dataDir, int port, Map<String, String> settings) {
        Logging.quietKafka();
        return new EmbeddedKafkaBroker(dataDir, Ports.freeIfZero(port), Ports.freePort(), settings);
    }

    @Override
    protected KafkaRaftServer open() {
        Ports.requireFree(port(), "Kafka");
        Ports.requireFree(controllerPort, "Kafka controller");
        KafkaConfig config = KafkaServerProperties.of(dataDir, port(), controllerPort, settings)
                .toConfig();
        KafkaStorage.formatIfNeeded(config, dataDir);
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            starting.startup();
            awaitReady();
        } catch (RuntimeException e) {
            shut(starting);
            throw new IllegalStateException("Kafka did not start on port " + port() + " with data in " + dataDir, e);
        }
        return starting;
    }

    /** Clean shutdown: waits until the broker has closed its logs, so a start in this or another JVM finds them. */
    @Override
    protected void shut(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    public String bootstrapServers() {
        return "localhost:" + port();
    }

    public Path dataDir() {
        return dataDir;
    }

    // startup() returns before the broker is unfenced; a client arriving earlier would see its first requests fail
    private void awaitReady() {
        Map<String, Object> settings = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(settings)) {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (admin.describeCluster().nodes().get().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka broker did not register within " + READY_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka broker did not answer", e.getCause());
        }
    }
}
