package org.peermentor.console.pairings;

import java.util.List;
import java.util.function.Function;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.Pairing;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /pairings/{id}/approve|reject|end|resend-link}: one decision, then back (303) to the page the form came
 * from ({@code returnTo}, a local path) or to the pairing's page, with what happened as a notice there.
 */
@Controller
record PairingActionsController(MatchingApi matching, DecisionRefusals refusals, PairingWords words) {
    @PostMapping("/pairings/{id}/approve")
    Mono<String> approve(@PathVariable String id, ServerWebExchange exchange) {
        return decide(id, exchange, form -> matching.approve(id), pairing -> "Approved: " + who(pairing) + ".");
    }

    /** A refusal (409: the mentor answered or the link expired meanwhile) says what the service said, no more. */
    @PostMapping("/pairings/{id}/resend-link")
    Mono<String> resendLink(@PathVariable String id, ServerWebExchange exchange) {
        return decide(
                exchange,
                form -> matching.resendLink(id),
                pairing -> "A fresh link went to " + words.name(pairing.mentorFirstName(), "the mentor")
                        + "; the link they had no longer works.",
                refused -> Mono.just(DecisionRefusals.plainly(refused)),
                "/pairings/" + id);
    }

    @PostMapping("/pairings/{id}/reject")
    Mono<String> reject(@PathVariable String id, ServerWebExchange exchange) {
        return decide(
                id,
                exchange,
                form -> ReasonRequired.before(form, "rejecting", reason -> matching.reject(id, reason)),
                pairing -> "Rejected: " + who(pairing) + ".");
    }

    @PostMapping("/pairings/{id}/end")
    Mono<String> end(@PathVariable String id, ServerWebExchange exchange) {
        return decide(
                id,
                exchange,
                form -> ReasonRequired.before(
                        form, "ending it", reason -> matching.end(id, reason, "true".equals(form.getFirst("rematch")))),
                pairing -> "Ended: " + who(pairing) + ".");
    }

    private Mono<String> decide(
            String id,
            ServerWebExchange exchange,
            Function<MultiValueMap<String, String>, Mono<Pairing>> decision,
            Function<Pairing, String> done) {
        return decide(exchange, decision, done, refused -> refusals.of(id, refused), "/pairings/" + id);
    }

    private Mono<String> decide(
            ServerWebExchange exchange,
            Function<MultiValueMap<String, String>, Mono<Pairing>> decision,
            Function<Pairing, String> done,
            Function<ServiceFailure, Mono<Notice>> refusal,
            String pairingPage) {
        return exchange.getFormData().flatMap(form -> {
            String back = "redirect:" + ReturnTo.orElse(form.getFirst("returnTo"), pairingPage);
            return decision.apply(form)
                    .map(pairing -> Notice.done(done.apply(pairing)))
                    .onErrorResume(
                            ReasonRequired.Missing.class,
                            missing -> Mono.just(Notice.refused(
                                    "Not done: give a reason for " + missing.getMessage() + ".", List.of())))
                    .onErrorResume(
                            DecisionRefusals::aboutTheDecision, refused -> refusal.apply((ServiceFailure) refused))
                    .flatMap(notice -> notice.keepFor(exchange))
                    .thenReturn(back);
        });
    }

    private String who(Pairing pairing) {
        return words.name(pairing.participantFirstName(), "the participant") + " with "
                + words.name(pairing.mentorFirstName(), "the mentor");
    }
}
