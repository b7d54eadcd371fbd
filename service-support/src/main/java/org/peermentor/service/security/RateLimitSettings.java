package org.peermentor.service.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client limits, by name ({@code peermentor.rate-limits.limits.writes.burst=…}): a client may spend
 * {@code burst} requests at once and regains {@code perSecond} of them each second. {@code enabled=false} lifts
 * every limit (benchmarks against a local stack). {@code shared=true} keeps the buckets in MongoDB, for a service that
 * runs as several instances (the local stack and docker-compose set it); otherwise each instance counts alone.
 */
@ConfigurationProperties("peermentor.rate-limits")
public record RateLimitSettings(Boolean enabled, Map<String, RateLimit> limits, Boolean shared) {

    public RateLimitSettings {
        enabled = enabled == null || enabled;
        shared = shared != null && shared;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    /** The configured limit of this name, else the given default. */
    public RateLimit limit(String name, RateLimit fallback) {
        return limits.getOrDefault(name, fallback);
    }
}
