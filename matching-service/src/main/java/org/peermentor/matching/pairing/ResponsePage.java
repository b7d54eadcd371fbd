package org.peermentor.matching.pairing;

import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.service.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The page a mentor's email links to, and the mentor's answer. The page only shows: mail scanners open links, so
 * nothing changes until the mentor presses Accept or Decline, which POST with the same token. The answer tells the
 * mentor's browser in a page of its own, and any other client the pairing's id, status and version: never what a
 * program manager sees of the pairing (the explanation names the participant's other issues, age gap and wait).
 */
@RestController
class ResponsePage {

    // the page's address carries the link token: never hand it to another site
    private static final String REFERRER_POLICY = "Referrer-Policy";
    private static final String NO_REFERRER = "no-referrer";

    private final PairingService pairings;
    private final ProfileReplica profiles;

    ResponsePage(PairingService pairings, ProfileReplica profiles) {
        this.pairings = pairings;
        this.profiles = profiles;
    }

    @GetMapping(value = "/api/pairings/{id}/response", produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> show(@PathVariable String id, @RequestParam(required = false) String token) {
        return pairings.withValidToken(id, token)
                .flatMap(pairing -> profiles.participant(pairing.pairing().participantId())
                        .map(participant -> participant.firstName())
                        .defaultIfEmpty("your new mentee")
                        .map(firstName -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
                                .header(REFERRER_POLICY, NO_REFERRER)
                                .body(page(id, token, firstName, pairing))))
                .onErrorResume(refused -> Mono.just(ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .contentType(MediaType.TEXT_HTML).header(REFERRER_POLICY, NO_REFERRER)
                        .body(html("Link not valid", "<p>This link is not valid: it may have been used already, "
                                + "have expired, or have been altered. Please contact your program coordinator.</p>"))));
    }

    @PostMapping("/api/pairings/{id}/accept")
    Mono<ResponseEntity<Object>> accept(@PathVariable String id, @RequestParam(required = false) String token,
                                        ServerWebExchange exchange) {
        return answer(pairings.accept(id, token), exchange, "Thank you",
                "<p>You accepted. Your new mentee will get an email introducing you, with the times you both have.</p>");
    }

    @PostMapping("/api/pairings/{id}/decline")
    Mono<ResponseEntity<Object>> decline(@PathVariable String id, @RequestParam(required = false) String token,
                                         ServerWebExchange exchange) {
        return answer(pairings.decline(id, token), exchange, "Thank you",
                "<p>You declined. Thank you for letting us know; the program will look for another mentor.</p>");
    }

    /** What a mentor's answer returns to a client other than a browser. */
    record MentorAnswer(String id, PairingStatus status, long version) {
    }

    private static Mono<ResponseEntity<Object>> answer(Mono<StoredPairing> answered, ServerWebExchange exchange,
                                                       String title, String done) {
        if (!fromABrowser(exchange)) {
            return answered.map(pairing -> ResponseEntity.ok().body(new MentorAnswer(pairing.pairing().id(),
                    pairing.pairing().status(), pairing.pairing().version())));
        }
        return answered
                .map(pairing -> htmlAnswer(HttpStatus.OK, title, done))
                .onErrorResume(ProblemException.class, refused -> Mono.just(htmlAnswer(
                        HttpStatus.valueOf(refused.status()),
                        refused.status() == 403 ? "Link not valid" : HtmlUtils.htmlEscape(refused.title()),
                        "<p>" + HtmlUtils.htmlEscape(refused.getMessage() == null ? "" : refused.getMessage())
                                + " Please contact your program coordinator.</p>")));
    }

    /** A form the browser posted: it asks for HTML by name, where API clients ask for JSON or anything. */
    private static boolean fromABrowser(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }

    private static ResponseEntity<Object> htmlAnswer(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).header(REFERRER_POLICY, NO_REFERRER)
                .body(html(title, body));
    }

    private static String page(String id, String token, String firstName, StoredPairing pairing) {
        String action = "/api/pairings/" + HtmlUtils.htmlEscape(id) + "/%s?token=" + HtmlUtils.htmlEscape(token);
        StringBuilder times = new StringBuilder();
        pairing.pairing().overlaps().forEach(o -> times.append("<li>")
                .append(HtmlUtils.htmlEscape(o.mentorLocal().day() + " " + o.mentorLocal().start() + "–"
                        + o.mentorLocal().end()))
                .append("</li>"));
        return html("Will you mentor " + HtmlUtils.htmlEscape(firstName) + "?",
                "<p>You have been asked to mentor <strong>" + HtmlUtils.htmlEscape(firstName) + "</strong>.</p>"
                        + "<p>Times you both have each week (your time):</p><ul>" + times + "</ul>"
                        + "<form method=\"post\" action=\"" + action.formatted("accept") + "\">"
                        + "<button type=\"submit\">Accept</button></form>"
                        + "<form method=\"post\" action=\"" + action.formatted("decline") + "\">"
                        + "<button type=\"submit\">Decline</button></form>");
    }

    private static String html(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1>" + body + "</body></html>";
    }
}
