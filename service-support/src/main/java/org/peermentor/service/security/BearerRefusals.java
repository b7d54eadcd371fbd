package org.peermentor.service.security;

import org.peermentor.service.web.ProblemException;
import org.peermentor.service.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How a service refuses a request, as problem details: 401 without or with a bad token, 403 for a role that may not
 * act.
 */
final class BearerRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    BearerRefusals(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenGiven = exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        exchange.getResponse()
                .getHeaders()
                .set(HttpHeaders.WWW_AUTHENTICATE, tokenGiven ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.refuse(
                exchange,
                new ProblemException(
                        401,
                        "Unauthorized",
                        tokenGiven
                                ? "The bearer token is not valid (bad signature, expired or malformed)."
                                : "This endpoint needs an OAuth2 bearer token."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.refuse(exchange, new ProblemException(403, "Forbidden", "The token's role may not do this."));
    }
}
