package org.peermentor.console.pairings;

import java.util.List;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What happened to the last thing a manager sent, shown once on the page they are sent back to (post, redirect, get):
 * kept in their session, taken out when shown. {@code success} is false when the service refused it.
 */
public record Notice(boolean success, String text, List<String> lines) {

    private static final String KEY = Notice.class.getName();

    public Notice {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static Notice done(String text) {
        return new Notice(true, text, List.of());
    }

    public static Notice refused(String text, List<String> lines) {
        return new Notice(false, text, lines);
    }

    public Mono<Void> keepFor(ServerWebExchange exchange) {
        return exchange.getSession()
                .doOnNext(session -> session.getAttributes().put(KEY, this))
                .then();
    }

    /** The notice waiting for this person, removed from their session: a reload does not show it again. */
    public static Mono<Optional<Notice>> take(ServerWebExchange exchange) {
        return exchange.getSession()
                .map(session ->
                        Optional.ofNullable((Notice) session.getAttributes().remove(KEY)));
    }
}
