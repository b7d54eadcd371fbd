package org.peermentor.service.security;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A limit on the requests of these methods whose path matches {@code pattern}; its numbers come from the
 * setting {@code peermentor.rate-limits.limits.<name>}, else {@code fallback}.
 */
public record RateLimitRule(String name, Set<HttpMethod> methods, String pattern, RateLimit fallback) {

    private static final PathPatternParser PARSER = new PathPatternParser();

    boolean matches(ServerWebExchange exchange) {
        return methods.contains(exchange.getRequest().getMethod())
                && parsed().matches(PathContainer.parsePath(
                        exchange.getRequest().getPath().pathWithinApplication().value()));
    }

    private PathPattern parsed() {
        return PARSER.parse(pattern);
    }
}
