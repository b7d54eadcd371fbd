package org.peermentor.matching.checkin;

import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.web.LinkPages;
import org.peermentor.service.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The page a check-in email links to, and the answer to it. The page only shows: mail scanners open links, so
 * nothing is kept until the form is sent. The form is answered with a page; JSON with what was kept.
 */
@RestController
record CheckInPage(CheckInLinks links) {
    @GetMapping(value = "/api/checkins/{checkInId}", produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<Object>> show(@PathVariable String checkInId, @RequestParam(required = false) String token) {
        return links.withValidToken(checkInId, token)
                .map(holder -> LinkPages.page(HttpStatus.OK, CheckInPages.question(checkInId, token, holder.role())))
                .onErrorResume(LinkPages::refusal);
    }

    @PostMapping(value = "/api/checkins/{checkInId}/answer", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<Object>> answerFromThePage(
            @PathVariable String checkInId, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        return exchange.getFormData()
                .flatMap(form -> links.answer(
                        checkInId,
                        token,
                        new CheckInForm(
                                form.getFirst("answer"),
                                form.getFirst("note"),
                                "true".equals(form.getFirst("wantsNewMentor")))))
                .map(answer -> LinkPages.page(HttpStatus.OK, CheckInPages.thanks(answer)))
                .onErrorResume(
                        InvalidRequestException.class,
                        incomplete -> Mono.just(
                                LinkPages.page(HttpStatus.BAD_REQUEST, CheckInPages.incomplete(checkInId, token))))
                .onErrorResume(LinkPages::refusal);
    }

    /** What an answer sent as JSON returns: what was kept, never the note. */
    record Recorded(String checkInId, CheckInRole role, CheckInReply answer, boolean wantsNewMentor) {}

    @PostMapping(value = "/api/checkins/{checkInId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<Recorded> answer(
            @PathVariable String checkInId,
            @RequestParam(required = false) String token,
            @RequestBody CheckInForm form) {
        return links.answer(checkInId, token, form)
                .map((CheckInAnswer kept) ->
                        new Recorded(checkInId, kept.role(), kept.answer(), kept.wantsNewMentor()));
    }
}
