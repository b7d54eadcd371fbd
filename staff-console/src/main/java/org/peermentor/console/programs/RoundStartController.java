package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.pairings.Notice;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code POST /programs/{programId}/rounds}: the dashboard's "Start a round", then the round's page. */
@Controller
record RoundStartController(MatchingApi matching) {
    /** A round already running (409) is not an error page: the dashboard says so, and shows it running. */
    @PostMapping("/programs/{programId}/rounds")
    Mono<String> startRound(@PathVariable String programId, ServerWebExchange exchange) {
        return matching.startRound(programId)
                .map(roundId -> "redirect:/programs/" + programId + "/rounds/" + roundId)
                .onErrorResume(
                        failure -> failure instanceof ServiceFailure busy && busy.status() == 409,
                        busy -> Notice.refused(
                                        "Not started: a round of this program is running already. Its "
                                                + "proposals show here when it completes.",
                                        List.of())
                                .keepFor(exchange)
                                .thenReturn("redirect:/programs/" + programId));
    }
}
