package org.peermentor.console.web;

import org.peermentor.console.security.SignInAgain;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns what a service answered into a page: 401 (the person's token is no longer accepted) signs them in again
 * and brings them back ({@link SignInAgain}); 403 and 404 are pages in the console's look; anything else the service
 * could not do, or a service that does not answer, is the "service unavailable" page. Never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(ServiceFailure.class)
    Mono<Rendering> serviceFailure(ServiceFailure failure, ServerWebExchange exchange) {
        return switch (failure.status()) {
            case 401 -> SignInAgain.redirect(exchange);
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
}
