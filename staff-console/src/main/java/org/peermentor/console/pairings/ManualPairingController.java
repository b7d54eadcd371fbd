package org.peermentor.console.pairings;

import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /participants/{id}/pair}: a manager pairs a participant by hand. The mentors every rule allows come first,
 * best first, then the closest ones a rule forbids with the rules they break; those stay choosable, and the service's
 * refusal (422) comes back on this page with each broken rule in words. A pairing made → its page.
 */
@Controller
record ManualPairingController(IntakeApi intake, MatchingApi matching) {
    private static final String PAGE = "pairings/pair";

    @GetMapping("/participants/{id}/pair")
    Mono<String> choose(@PathVariable String id, Model model) {
        return page(id, null, model);
    }

    @PostMapping("/participants/{id}/pair")
    Mono<String> pair(@PathVariable String id, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String mentorId = form.getFirst("mentorId");
            if (mentorId == null || mentorId.isBlank()) {
                model.addAttribute("missingMentor", true);
                exchange.getResponse().setStatusCode(HttpStatus.UNPROCESSABLE_CONTENT);
                return page(id, null, model);
            }
            return matching.pairByHand(id, mentorId)
                    .map(pairing -> "redirect:/pairings/" + pairing.id())
                    .onErrorResume(
                            failure -> failure instanceof ServiceFailure refused
                                    && (refused.status() == 422 || refused.status() == 409),
                            refused -> {
                                model.addAttribute("refusal", ((ServiceFailure) refused).problem());
                                exchange.getResponse()
                                        .setStatusCode(HttpStatus.valueOf(((ServiceFailure) refused).status()));
                                return page(id, mentorId, model);
                            });
        });
    }

    private Mono<String> page(String id, String chosen, Model model) {
        return Mono.zip(intake.person("participants", id), matching.mentorOptions(id))
                .map(found -> {
                    model.addAttribute("person", found.getT1());
                    model.addAttribute("options", found.getT2());
                    model.addAttribute("chosen", chosen);
                    return PAGE;
                });
    }
}
