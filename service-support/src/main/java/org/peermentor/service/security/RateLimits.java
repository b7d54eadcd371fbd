package org.peermentor.service.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.peermentor.service.web.ProblemException;
import org.peermentor.service.web.ProblemResponses;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Abuse limits per client (OWASP API4): token buckets keyed by the rule and the token's client (and person, for a
 * person's token), or the remote address where the request carries no token (the mentor's link). Past its limit a
 * client gets 429 with problem details and {@code Retry-After}; nothing is changed.
 */
public class RateLimits {

    private static final int MAX_BUCKETS = 50_000;

    private final RateLimitSettings settings;
    private final ProblemResponses problems;
    private final SharedBuckets shared;
    private final int maxBuckets;
    // apart: clients are the issuer's few, addresses anyone's many, and a flood of addresses must not reset clients
    private final Map<String, Bucket> clientBuckets = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addressBuckets = new ConcurrentHashMap<>();

    /** With {@code shared} (may be null), the buckets are those every instance of the service spends from. */
    public RateLimits(RateLimitSettings settings, ProblemResponses problems, SharedBuckets shared) {
        this(settings, problems, shared, MAX_BUCKETS);
    }

    RateLimits(RateLimitSettings settings, ProblemResponses problems, SharedBuckets shared, int maxBuckets) {
        this.settings = settings;
        this.problems = problems;
        this.shared = shared;
        this.maxBuckets = maxBuckets;
    }

    /**
     * A limit on the requests of these methods whose path matches {@code pattern}; its numbers come from the
     * setting {@code peermentor.rate-limits.limits.<name>}, else {@code fallback}.
     */
    public record Rule(String name, Set<HttpMethod> methods, String pattern, RateLimitSettings.Limit fallback) {

        private static final PathPatternParser PARSER = new PathPatternParser();

        boolean matches(ServerWebExchange exchange) {
            return methods.contains(exchange.getRequest().getMethod())
                    && parsed().matches(PathContainer.parsePath(exchange.getRequest()
                            .getPath()
                            .pathWithinApplication()
                            .value()));
        }

        private PathPattern parsed() {
            return PARSER.parse(pattern);
        }
    }

    /** Writes to {@code /api/**}: POST, PUT, PATCH, DELETE. */
    public static Rule writes(int burst, double perSecond) {
        return new Rule(
                "writes",
                Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE),
                "/api/**",
                new RateLimitSettings.Limit(burst, perSecond));
    }

    WebFilter filter(List<Rule> rules) {
        return (exchange, chain) -> {
            if (!settings.enabled() || rules.isEmpty()) {
                return chain.filter(exchange);
            }
            return Caller.current()
                    .flatMap(caller -> Flux.fromIterable(rules)
                            .filter(rule -> rule.matches(exchange))
                            .concatMap(rule -> waitSeconds(rule, caller, exchange))
                            .filter(seconds -> seconds > 0)
                            .next()
                            .map(Optional::of)
                            .defaultIfEmpty(Optional.empty()))
                    .flatMap(wait -> wait.isPresent() ? tooMany(exchange, wait.get()) : chain.filter(exchange));
        };
    }

    private Mono<Long> waitSeconds(Rule rule, Caller caller, ServerWebExchange exchange) {
        RateLimitSettings.Limit limit = settings.limit(rule.name(), rule.fallback());
        String key = rule.name() + "|" + clientKey(caller, exchange);
        return shared != null
                ? shared.take(key, limit)
                : Mono.fromCallable(
                        () -> bucket(key, caller == Caller.SYSTEM, limit).take());
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, long waitSeconds) {
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
        ProblemException tooMany = new ProblemException(
                429,
                "Too many requests",
                "This client has sent too many requests of this kind; nothing was changed. " + "Try again in "
                        + waitSeconds + " s.");
        return exchange.getRequest()
                .getBody()
                .doOnNext(DataBufferUtils::release)
                .then(Mono.defer(() -> problems.handle(exchange, tooMany)));
    }

    private static String clientKey(Caller caller, ServerWebExchange exchange) {
        if (caller != Caller.SYSTEM) {
            // people signed in through one client (the staff console) each have their own limit
            return caller.subject().equals(caller.clientId())
                    ? "client:" + caller.clientId()
                    : "client:" + caller.clientId() + "|person:" + caller.subject();
        }
        var address = exchange.getRequest().getRemoteAddress();
        return "address:"
                + (address == null || address.getAddress() == null
                        ? "unknown"
                        : address.getAddress().getHostAddress());
    }

    /**
     * The bucket of this key. Memory stays bounded: past {@code maxBuckets}, buckets that have refilled are dropped
     * (a full bucket is the same as a new one, so nobody's limit is reset), and only if a flood still fills the map
     * with buckets in use is that map cleared — the addresses', never the clients'.
     */
    Bucket bucket(String key, boolean byAddress, RateLimitSettings.Limit limit) {
        Map<String, Bucket> buckets = byAddress ? addressBuckets : clientBuckets;
        if (buckets.size() > maxBuckets) {
            buckets.values().removeIf(Bucket::isFull);
            if (buckets.size() > maxBuckets) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(limit));
    }

    /** A token bucket; {@link #take()} answers 0 when a request may pass, else the seconds until one may. */
    static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(RateLimitSettings.Limit limit) {
            this.capacity = Math.max(1, limit.burst());
            this.perNano = Math.max(limit.perSecond(), 1e-9) / 1e9;
            this.tokens = capacity;
        }

        synchronized boolean isFull() {
            refill();
            return tokens >= capacity;
        }

        synchronized long take() {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        private void refill() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
