package org.peermentor.console.web;

import java.util.Optional;
import org.peermentor.console.security.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * An error page in the console's layout. It is rendered from an exception handler, where {@link PageModel} does not
 * add the layout's model, so the person signed in, the CSRF token and the path are added here.
 */
final class ErrorPage {

    private ErrorPage() {}

    static Mono<Rendering> render(String view, HttpStatus status, String message, ServerWebExchange exchange) {
        return Mono.zip(
                        SignedIn.current().map(Optional::of).defaultIfEmpty(Optional.empty()),
                        PageModel.csrfToken(exchange).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .map(both -> {
                    Rendering.Builder<?> page = Rendering.view(view)
                            .status(status)
                            .modelAttribute(
                                    "path", exchange.getRequest().getPath().value());
                    both.getT1().ifPresent(who -> page.modelAttribute("who", who));
                    both.getT2().ifPresent(token -> page.modelAttribute("_csrf", token));
                    if (message != null) {
                        page.modelAttribute("message", message);
                    }
                    return page.build();
                });
    }
}
