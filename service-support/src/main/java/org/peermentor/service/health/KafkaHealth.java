package org.peermentor.service.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/** Kafka is UP when a broker answers {@code describeCluster} in time; one admin client, kept for every check. */
final class KafkaHealth implements ReactiveHealthIndicator, AutoCloseable {

    private final Admin admin;
    private final int timeoutMs;

    KafkaHealth(Map<String, Object> adminSettings, Duration timeout) {
        this.timeoutMs = (int) timeout.toMillis();
        Map<String, Object> settings = new HashMap<>(adminSettings);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness-check");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        this.admin = Admin.create(settings);
    }

    @Override
    public Mono<Health> health() {
        return Mono.defer(() -> Mono.fromCompletionStage(
                        admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                                .nodes()
                                .toCompletionStage()))
                .map(nodes -> (nodes.isEmpty() ? Health.down() : Health.up())
                        .withDetail("brokers", nodes.size())
                        .build());
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
