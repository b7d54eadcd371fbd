package org.peermentor.matching.pairing;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.service.store.StoreOutages;
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
import reactor.core.publisher.Mono;

/**
 * The page a mentor's email links to, and the mentor's answer. The page only shows: mail scanners open links, so
 * nothing changes until the mentor presses Accept or Decline, which POST with the same token. The answer tells the
 * mentor's browser in a page of its own, and any other client the pairing's id, status and version: never what a
 * program manager sees of the pairing (the explanation names the participant's other issues, age gap and wait).
 */
@RestController
class ResponsePage {

    /** Who the participant is on the page when their profile is gone (erased) or cannot be read. */
    private static final String SOMEONE = "your new mentee";

    private final PairingService pairings;
    private final ProfileReplica profiles;

    ResponsePage(PairingService pairings, ProfileReplica profiles) {
        this.pairings = pairings;
        this.profiles = profiles;
    }

    @GetMapping(value = "/api/pairings/{id}/response", produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<Object>> show(@PathVariable String id, @RequestParam(required = false) String token) {
        return pairings.withValidToken(id, token)
                .flatMap(pairing -> Mono.zip(firstName(pairing), mentorsClock(pairing))
                        .map(found -> page(
                                HttpStatus.OK,
                                MentorPages.invitation(invitation(id, token, pairing, found.getT1(), found.getT2())))))
                .onErrorResume(ResponsePage::refusalPage);
    }

    @PostMapping("/api/pairings/{id}/accept")
    Mono<ResponseEntity<Object>> accept(
            @PathVariable String id, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        return answer(pairings.accept(id, token), exchange, MentorPages::accepted);
    }

    @PostMapping("/api/pairings/{id}/decline")
    Mono<ResponseEntity<Object>> decline(
            @PathVariable String id, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        return answer(pairings.decline(id, token), exchange, MentorPages::declined);
    }

    /** What a mentor's answer returns to a client other than a browser. */
    record MentorAnswer(String id, PairingStatus status, long version) {}

    private Mono<ResponseEntity<Object>> answer(
            Mono<StoredPairing> answered, ServerWebExchange exchange, Function<String, String> thanks) {
        if (!fromABrowser(exchange)) {
            return answered.map(pairing -> ResponseEntity.ok()
                    .body(new MentorAnswer(
                            pairing.pairing().id(),
                            pairing.pairing().status(),
                            pairing.pairing().version())));
        }
        // the answer is recorded by now: a replica that cannot be read must not turn the thanks into an error page
        return answered.flatMap(pairing -> firstName(pairing).onErrorReturn(StoreOutages::isOutage, SOMEONE))
                .map(firstName -> page(HttpStatus.OK, thanks.apply(firstName)))
                .onErrorResume(ResponsePage::refusalPage);
    }

    private Mono<String> firstName(StoredPairing pairing) {
        return profiles.participant(pairing.pairing().participantId())
                .map(participant -> participant.firstName())
                .filter(name -> name != null && !name.isBlank())
                .defaultIfEmpty(SOMEONE);
    }

    /** The mentor's own timezone: the overlap times are on that clock already, and the expiry is shown on it. */
    private Mono<ZoneId> mentorsClock(StoredPairing pairing) {
        return profiles.mentor(pairing.pairing().mentorId())
                .map(mentor -> MentorWording.zone(mentor.timezone()))
                .defaultIfEmpty(ZoneOffset.UTC);
    }

    private static MentorPages.Invitation invitation(
            String id, String token, StoredPairing pairing, String firstName, ZoneId clock) {
        return new MentorPages.Invitation(
                id,
                token,
                firstName,
                MentorWording.issue(pairing.pairing().sharedIssue()),
                MentorWording.times(pairing.pairing().overlaps()),
                pairing.responseExpiresAt() == null
                        ? "the date your email gives"
                        : MentorWording.until(pairing.responseExpiresAt(), clock),
                MentorWording.zoneName(clock));
    }

    /**
     * A refusal as a page: a spent, expired or altered link (403) says what the mentor can do; a store outage says
     * to try again, since the link still works; anything else in the words of its problem details.
     */
    private static Mono<ResponseEntity<Object>> refusalPage(Throwable failure) {
        if (failure instanceof ProblemException refused) {
            return Mono.just(page(
                    HttpStatus.valueOf(refused.status()),
                    refused.status() == 403
                            ? MentorPages.linkNotValid()
                            : MentorPages.refused(refused.title(), refused.getMessage())));
        }
        if (StoreOutages.isOutage(failure)) {
            return Mono.just(page(HttpStatus.SERVICE_UNAVAILABLE, MentorPages.unavailable()));
        }
        return Mono.error(failure);
    }

    /** A form the browser posted: it asks for HTML by name, where API clients ask for JSON or anything. */
    private static boolean fromABrowser(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
    }

    /**
     * Every page: its own Content-Security-Policy, and no Referer, since the page's address carries the link token
     * and must never reach another site. Spring Security adds nosniff, X-Frame-Options and no-store caching.
     */
    private static ResponseEntity<Object> page(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", MentorPages.CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }
}
