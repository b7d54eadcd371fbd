package org.peermentor.matching.web;

import java.nio.charset.StandardCharsets;
import org.peermentor.service.store.StoreOutages;
import org.peermentor.service.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * What every page opened from an emailed link shares (the mentor's request, a check-in): the console's look
 * ({@code /theme/console.css} from the console-theme module), one heading, readable on a phone, no script and no
 * inline style, so the Content-Security-Policy forbids both; and the answer when a link is refused or the
 * store cannot be reached ({@link RefusalPages}). Every value from a request or a profile is escaped by {@link #escape}.
 */
public final class LinkPages {

    /** Only this server's stylesheet and forms; nothing inline, no frames around it, no other site. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private LinkPages() {}

    /**
     * A page as the answer: its own Content-Security-Policy, and no Referer, since the page's address carries the
     * link token and must never reach another site. Spring Security adds nosniff, X-Frame-Options and no-store.
     */
    public static ResponseEntity<Object> page(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    /**
     * A refusal as a page: a spent, expired or altered link (403) says what the person can do; a store outage says
     * to try again, since the link still works; anything else in the words of its problem details.
     */
    public static Mono<ResponseEntity<Object>> refusal(Throwable failure) {
        if (failure instanceof ProblemException refused) {
            return Mono.just(page(
                    HttpStatus.valueOf(refused.status()),
                    refused.status() == 403
                            ? RefusalPages.linkNotValid()
                            : RefusalPages.refused(refused.title(), refused.getMessage())));
        }
        if (StoreOutages.isOutage(failure)) {
            return Mono.just(page(HttpStatus.SERVICE_UNAVAILABLE, RefusalPages.unavailable()));
        }
        return Mono.error(failure);
    }

    /** A form the browser posted: it asks for HTML by name, where API clients ask for JSON or anything. */
    public static boolean fromABrowser(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }

    /** Escapes only what HTML needs (&lt; &gt; &amp; quotes): the page is UTF-8, so "–" and "é" stay as they are. */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** {@code title} and {@code main} are HTML already escaped by the caller. */
    public static String layout(String title, String main) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s – Peer-mentor matching</title>
                <link rel="stylesheet" href="/theme/console.css">
                </head>
                <body>
                <header class="site-header"><span class="brand">Peer-mentor matching</span></header>
                <main class="narrow">
                <h1>%1$s</h1>
                %2$s</main>
                </body>
                </html>
                """.formatted(title, main);
    }
}
