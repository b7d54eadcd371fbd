package org.peermentor.console.pairings;

import java.util.List;
import java.util.Optional;
import org.peermentor.console.services.Delivery;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.NotificationApi;
import org.peermentor.console.services.Pairing;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /pairings/{id}}: who with whom, where it stands and why, what the manager may do with it now, who did
 * what to it (the matching service's audit) and which emails it caused (the notification service's delivery log).
 * An accepted or ended pairing also shows its check-ins and their answers (never a note: reading one is its own action).
 */
@Controller
record PairingPageController(MatchingApi matching, NotificationApi notification, PairingWords words) {
    @GetMapping("/pairings/{id}")
    Mono<String> show(@PathVariable String id, Model model, ServerWebExchange exchange) {
        return matching.pairing(id)
                .flatMap(pairing -> Mono.zip(
                                matching.pairingHistory(id), deliveries(id), checkIns(pairing), Notice.take(exchange))
                        .map(found -> {
                            model.addAttribute("pairing", pairing);
                            model.addAttribute("names", PairingNames.of(pairing, words));
                            model.addAttribute("pageTitle", titleOf(pairing));
                            model.addAttribute("history", found.getT1());
                            model.addAttribute("deliveries", found.getT2().orElse(null));
                            model.addAttribute("checkIns", found.getT3());
                            model.addAttribute("notice", found.getT4().orElse(null));
                            return "pairings/show";
                        }));
    }

    /** Who with whom, in the page's title; a first name that is not known yet is said as a role. */
    private String titleOf(Pairing pairing) {
        return "Pairing of " + words.name(pairing.participantFirstName(), "a participant") + " with "
                + words.name(pairing.mentorFirstName(), "a mentor");
    }

    /** Only an accepted pairing, or one that ended, has had check-ins; the page opens when they cannot be loaded. */
    private Mono<CheckInsView> checkIns(Pairing pairing) {
        if (!pairing.endable() && !"ENDED".equals(pairing.status())) {
            return Mono.just(CheckInsView.of(List.of()));
        }
        return matching.checkIns(pairing.id())
                .map(CheckInsView::of)
                .onErrorResume(
                        failure -> failure instanceof ServiceFailure away
                                && (away.status() == 503 || away.status() == 404),
                        away -> Mono.just(CheckInsView.unavailable()));
    }

    /** The page still opens when the notification service is away: the log says it could not be loaded. */
    private Mono<Optional<List<Delivery>>> deliveries(String id) {
        return notification
                .deliveries(id)
                .map(Optional::of)
                .onErrorResume(
                        ServiceFailure.class,
                        away -> away.status() == 503 ? Mono.just(Optional.empty()) : Mono.error(away));
    }
}
