package org.peermentor.service.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client limits, by name ({@code peermentor.rate-limits.limits.writes.burst=…}): a client may spend
 * {@code burst} requests at once and regains {@code perSecond} of them each second. {@code enabled=false} lifts
 * every limit (benchmarks against a local stack).
 */
@ConfigurationProperties("peermentor.rate-limits")
public record RateLimitSettings(Boolean enabled, Map<String, Limit> limits) {

    public RateLimitSettings {
        enabled = enabled == null || enabled;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public record Limit(int burst, double perSecond) {}

    /** The configured limit of this name, else the given default. */
    public Limit limit(String name, Limit fallback) {
        return limits.getOrDefault(name, fallback);
    }
}
