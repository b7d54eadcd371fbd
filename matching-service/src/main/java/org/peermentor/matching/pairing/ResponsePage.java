package org.peermentor.matching.pairing;

import org.peermentor.matching.profile.ProfileReplica;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The page a mentor's email links to. It only shows: mail scanners open links, so nothing changes until the
 * mentor presses Accept or Decline, which POST with the same token.
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
