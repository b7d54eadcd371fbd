package org.peermentor.console.web;

import org.peermentor.console.services.ServiceFailure;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns what a service answered into a page: 401 (the person's token is no longer accepted) signs them in again
 * and brings them back; 403 and 404 are pages in the console's look; anything else the service could not do,
 * or a service that does not answer, is the "service unavailable" page. Never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final String SIGN_IN = "/oauth2/authorization/staff-console";

    private final WebSessionServerRequestCache requestCache = new WebSessionServerRequestCache();

    @ExceptionHandler(ServiceFailure.class)
    Mono<Rendering> serviceFailure(ServiceFailure failure, ServerWebExchange exchange) {
        return switch (failure.status()) {
            case 401 -> signInAgain(exchange);
            case 403 -> ErrorPage.render("error/403", HttpStatus.FORBIDDEN, null, exchange);
            case 404 -> ErrorPage.render("error/404", HttpStatus.NOT_FOUND, null, exchange);
            case 503 -> ErrorPage.render("error/503", HttpStatus.SERVICE_UNAVAILABLE, null, exchange);
            default ->
                ErrorPage.render(
                        "error/4xx",
                        HttpStatus.valueOf(failure.status()),
                        failure.problem().detail(),
                        exchange);
        };
    }

    /** No token to send (the session's token could not be refreshed): the person signs in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    Mono<Rendering> noToken(ClientAuthorizationException missing, ServerWebExchange exchange) {
        return signInAgain(exchange);
    }

    private Mono<Rendering> signInAgain(ServerWebExchange exchange) {
        Mono<Void> remember = HttpMethod.GET.equals(exchange.getRequest().getMethod())
                ? requestCache.saveRequest(exchange)
                : Mono.empty();
        return remember.then(
                Mono.fromSupplier(() -> Rendering.redirectTo(SIGN_IN).build()));
    }
}
