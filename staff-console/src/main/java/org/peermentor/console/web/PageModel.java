package org.peermentor.console.web;

import org.peermentor.console.security.SignedIn;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What the layout needs on every page: the person signed in and the CSRF token of the sign-out form. */
@ControllerAdvice
public class PageModel {

    @ModelAttribute("who")
    Mono<SignedIn> who() {
        return SignedIn.current();
    }

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        return csrfToken(exchange);
    }

    @ModelAttribute("path")
    String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    /** Subscribing to the token is what creates it and keeps it in the session, so every page subscribes. */
    public static Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }
}
