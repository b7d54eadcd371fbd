package org.peermentor.matching.web;

import static org.peermentor.service.security.Roles.PROGRAM_MANAGER;

import java.util.List;
import java.util.Set;
import org.peermentor.service.security.RateLimit;
import org.peermentor.service.security.RateLimitRule;
import org.peermentor.service.security.RateLimits;
import org.peermentor.service.security.SecurityChains;
import org.peermentor.service.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * Who may do what in matching: everything under {@code /api/**} is for program managers, except the three
 * mentor-response endpoints and the two check-in endpoints, which the link token in the email authorises by itself
 * (a bearer token sent there is ignored, so it neither helps nor hurts). The console's stylesheet those pages link to
 * ({@code GET /theme/**}, from the console-theme module) is open too: it is the same file for everyone; so are the
 * API's description and Swagger UI, as in every service ({@link SecurityChains}). Rate limits, each overridable by
 * {@code peermentor.rate-limits.limits.<name>.burst / per-second}:
 * <ul>
 *   <li>{@code writes}: any POST/PUT/PATCH/DELETE, per client, burst 100 then 5 a second (approving a large
 *       round's proposals in one go still fits);</li>
 *   <li>{@code round-starts}: {@code POST /api/programs/{p}/rounds}, per client, burst 5 then one every 10 s —
 *       a round sends emails under auto-approval;</li>
 *   <li>{@code mentor-responses}: the link endpoints (the mentor's and the check-ins'), per remote address, burst
 *       20 then one every 5 s.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceSecurity.class)
class MatchingSecurity {

    static final String RESPONSE_PAGE = "/api/pairings/*/response";
    static final String THEME = "/theme/**";
    static final String[] RESPONSES = {"/api/pairings/*/accept", "/api/pairings/*/decline"};
    static final String CHECK_IN_PAGE = "/api/checkins/*";
    static final String CHECK_IN_ANSWER = "/api/checkins/*/answer";

    static final RateLimitRule WRITES = RateLimits.writes(100, 5);
    static final RateLimitRule ROUND_STARTS =
            new RateLimitRule("round-starts", Set.of(HttpMethod.POST), "/api/programs/*/rounds", new RateLimit(5, 0.1));
    static final RateLimitRule MENTOR_RESPONSES = new RateLimitRule(
            "mentor-responses",
            Set.of(HttpMethod.GET, HttpMethod.POST),
            "/api/pairings/*/{link:response|accept|decline}",
            new RateLimit(20, 0.2));
    /** The check-in links draw on the same bucket as the mentor's: one limit per address for every emailed link. */
    static final RateLimitRule CHECK_IN_RESPONSES = new RateLimitRule(
            MENTOR_RESPONSES.name(),
            Set.of(HttpMethod.GET, HttpMethod.POST),
            "/api/checkins/**",
            MENTOR_RESPONSES.fallback());

    @Bean
    SecurityWebFilterChain matchingFilterChain(ServerHttpSecurity http, SecurityChains chains) {
        ServerWebExchangeMatcher mentorLinks = ServerWebExchangeMatchers.matchers(
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, RESPONSE_PAGE),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, RESPONSES),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, CHECK_IN_PAGE),
                ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, CHECK_IN_ANSWER));
        http.oauth2ResourceServer(server -> server.bearerTokenConverter(ignoringBearerOn(mentorLinks)));
        return chains.build(
                http,
                exchanges -> exchanges
                        .matchers(mentorLinks)
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, THEME)
                        .permitAll()
                        .pathMatchers("/api/**")
                        .hasRole(PROGRAM_MANAGER),
                List.of(WRITES, ROUND_STARTS, MENTOR_RESPONSES, CHECK_IN_RESPONSES));
    }

    /** On the mentor's link endpoints the link token alone decides; elsewhere the bearer token as usual. */
    private static ServerAuthenticationConverter ignoringBearerOn(ServerWebExchangeMatcher mentorLinks) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> mentorLinks
                .matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }
}
