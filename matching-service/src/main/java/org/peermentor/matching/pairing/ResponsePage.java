package org.peermentor.matching.pairing;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.web.LinkPages;
import org.peermentor.service.store.StoreOutages;
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
record ResponsePage(PairingService pairings, ProfileReplica profiles) {
    /** Who the participant is on the page when their profile is gone (erased) or cannot be read. */
    private static final String SOMEONE = "your new mentee";

    @GetMapping(value = "/api/pairings/{id}/response", produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<Object>> show(@PathVariable String id, @RequestParam(required = false) String token) {
        return pairings.withValidToken(id, token)
                .flatMap(pairing -> Mono.zip(firstName(pairing), mentorsClock(pairing))
                        .map(found -> LinkPages.page(
                                HttpStatus.OK,
                                MentorPages.invitation(invitation(id, token, pairing, found.getT1(), found.getT2())))))
                .onErrorResume(LinkPages::refusal);
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
        if (!LinkPages.fromABrowser(exchange)) {
            return answered.map(pairing -> ResponseEntity.ok()
                    .body(new MentorAnswer(
                            pairing.pairing().id(),
                            pairing.pairing().status(),
                            pairing.pairing().version())));
        }
        // the answer is recorded by now: a replica that cannot be read must not turn the thanks into an error page
        return answered.flatMap(pairing -> firstName(pairing).onErrorReturn(StoreOutages::isOutage, SOMEONE))
                .map(firstName -> LinkPages.page(HttpStatus.OK, thanks.apply(firstName)))
                .onErrorResume(LinkPages::refusal);
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

    private static MentorInvitation invitation(
            String id, String token, StoredPairing pairing, String firstName, ZoneId clock) {
        return new MentorInvitation(
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
}
