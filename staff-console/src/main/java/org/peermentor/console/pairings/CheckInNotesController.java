package org.peermentor.console.pairings;

import org.peermentor.console.services.MatchingApi;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /pairings/{id}/check-ins/{number}/notes}: the private notes of one check-in, read on purpose. Matching
 * records every read, so it is a deliberate action (a form with its CSRF token), never a link a browser could open
 * ahead; the notes are answered on this page directly, kept neither in the session nor in any cache.
 */
@Controller
record CheckInNotesController(MatchingApi matching, PairingWords words) {
    @PostMapping("/pairings/{id}/check-ins/{number}/notes")
    Mono<String> read(@PathVariable String id, @PathVariable int number, Model model, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore());
        return Mono.zip(matching.pairing(id), matching.checkInNotes(id, number)).map(found -> {
            model.addAttribute("pairing", found.getT1());
            model.addAttribute("names", PairingNames.of(found.getT1(), words));
            model.addAttribute("number", number);
            model.addAttribute("notes", found.getT2());
            return "pairings/notes";
        });
    }
}
