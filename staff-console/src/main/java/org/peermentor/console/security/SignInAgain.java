package org.peermentor.console.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Signs a person in again when a service no longer accepts their token (401) or there is none to send: the page
 * they asked for is remembered (when it was a GET) and the issuer's sign-in brings them back to it.
 */
@ControllerAdvice
public class SignInAgain {

    private static final WebSessionServerRequestCache REQUESTS = new WebSessionServerRequestCache();

    /** No token to send (the session's token could not be refreshed): the person signs in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    Mono<Rendering> noToken(ClientAuthorizationException missing, ServerWebExchange exchange) {
        return redirect(exchange);
    }

    public static Mono<Rendering> redirect(ServerWebExchange exchange) {
        Mono<Void> remember = HttpMethod.GET.equals(exchange.getRequest().getMethod())
                ? REQUESTS.saveRequest(exchange)
                : Mono.empty();
        return remember.then(Mono.fromSupplier(
                () -> Rendering.redirectTo(ConsoleSecurity.SIGN_IN).build()));
    }
}
