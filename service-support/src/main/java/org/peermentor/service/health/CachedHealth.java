package org.peermentor.service.health;

import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * A health check that answers within a bounded time (a server that does not answer is DOWN, however long its
 * client would wait) and reuses its answer for a moment, so probes arriving together share one check.
 */
final class CachedHealth implements ReactiveHealthIndicator, DisposableBean {

    private final ReactiveHealthIndicator check;
    private final Mono<Health> cached;

    CachedHealth(ReactiveHealthIndicator check, HealthSettings settings) {
        this.check = check;
        Duration timeout = settings.timeout();
        this.cached = Mono.defer(check::health)
                .timeout(
                        timeout,
                        Mono.fromSupplier(() -> Health.down()
                                .withDetail("error", "no answer within " + timeout.toMillis() + " ms")
                                .build()))
                .onErrorResume(failure -> Mono.just(Health.down(failure).build()))
                .cache(health -> settings.cacheTime(), failure -> Duration.ZERO, () -> Duration.ZERO);
    }

    @Override
    public Mono<Health> health() {
        return cached;
    }

    @Override
    public void destroy() throws Exception {
        if (check instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
