package org.peermentor.service.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.peermentor.service.web.ProblemException;
import org.peermentor.service.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
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
    private final Map<String, TokenBucket> clientBuckets = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> addressBuckets = new ConcurrentHashMap<>();

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

    /** Writes to {@code /api/**}: POST, PUT, PATCH, DELETE. */
    public static RateLimitRule writes(int burst, double perSecond) {
        return new RateLimitRule(
                "writes",
                Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE),
                "/api/**",
                new RateLimit(burst, perSecond));
    }

    WebFilter filter(List<RateLimitRule> rules) {
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

    private Mono<Long> waitSeconds(RateLimitRule rule, Caller caller, ServerWebExchange exchange) {
        RateLimit limit = settings.limit(rule.name(), rule.fallback());
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
        return problems.refuse(exchange, tooMany);
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
    TokenBucket bucket(String key, boolean byAddress, RateLimit limit) {
        Map<String, TokenBucket> buckets = byAddress ? addressBuckets : clientBuckets;
        if (buckets.size() > maxBuckets) {
            buckets.values().removeIf(TokenBucket::isFull);
            if (buckets.size() > maxBuckets) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(limit));
    }
}
