package org.peermentor.service.security;

import java.util.List;
import org.peermentor.service.openapi.ApiDocs;
import org.peermentor.service.web.ProblemResponses;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one way every service is secured: an OAuth2 resource server taking bearer JWTs, roles from the {@code roles}
 * claim, health open to the orchestrator, the API's description and Swagger UI ({@link ApiDocs#PATHS}) open to read,
 * the other actuator endpoints (metrics) open on the management port (a port of its own, bound to localhost or a
 * private network, where Prometheus scrapes) and elsewhere only for a program manager of every program (they count
 * across programs), every other path needing a token, and every refusal answered as problem details (401 without or
 * with a bad token, 403 for a role that may not act, 429 past a rate limit). Each service adds only its own path
 * rules and rate limits.
 *
 * @param managementPort 0 when health and metrics share the service's own port
 */
public record SecurityChains(ProblemResponses problems, RateLimits rateLimits, int managementPort) {

    public SecurityWebFilterChain build(
            ServerHttpSecurity http,
            Customizer<ServerHttpSecurity.AuthorizeExchangeSpec> rules,
            List<RateLimitRule> limits) {
        BearerRefusals refusals = new BearerRefusals(problems);
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    exchanges
                            .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll();
                    if (managementPort > 0) {
                        exchanges.matchers(this::onManagementPort).permitAll();
                    }
                    exchanges.pathMatchers("/actuator/**").access(SecurityChains::managerOfEveryProgram);
                    exchanges.pathMatchers(HttpMethod.GET, ApiDocs.PATHS).permitAll();
                    rules.customize(exchanges);
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterAfter(rateLimits.filter(limits), SecurityWebFiltersOrder.AUTHORIZATION)
                .build();
    }

    private Mono<ServerWebExchangeMatcher.MatchResult> onManagementPort(ServerWebExchange exchange) {
        var local = exchange.getRequest().getLocalAddress();
        return local != null && local.getPort() == managementPort
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    private static Mono<AuthorizationResult> managerOfEveryProgram(
            Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication
                .filter(Authentication::isAuthenticated)
                .map(Caller::of)
                .map(caller -> (AuthorizationResult)
                        new AuthorizationDecision(caller.has(Roles.PROGRAM_MANAGER) && caller.allPrograms()))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    private static ReactiveJwtAuthenticationConverterAdapter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
