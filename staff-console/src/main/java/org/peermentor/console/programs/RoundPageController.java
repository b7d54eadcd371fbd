package org.peermentor.console.programs;

import org.peermentor.console.pairings.Notice;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.Problem;
import org.peermentor.console.services.Round;
import org.peermentor.console.services.ServiceFailure;
import org.peermentor.console.settings.DryRunComparison;
import org.peermentor.console.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /programs/{programId}/rounds/{roundId}}: a round's progress while it solves ({@code /progress}, polled by the
 * open page until it is done), then its pairings with their explanations and whom it left waiting, and why.
 */
@Controller
record RoundPageController(MatchingApi matching, Words words) {
    @GetMapping("/programs/{programId}/rounds/{roundId}")
    Mono<String> round(
            @PathVariable String programId, @PathVariable String roundId, Model model, ServerWebExchange exchange) {
        return roundOf(programId, roundId).zipWith(Notice.take(exchange)).map(found -> {
            show(found.getT1(), model);
            model.addAttribute("notice", found.getT2().orElse(null));
            return "programs/round";
        });
    }

    /** While the round solves, nothing is swapped ({@code HX-Reswap: none}); once done, its results replace the progress. */
    @GetMapping("/programs/{programId}/rounds/{roundId}/progress")
    Mono<String> progress(
            @PathVariable String programId, @PathVariable String roundId, Model model, ServerWebExchange exchange) {
        return roundOf(programId, roundId).map(round -> {
            if (round.solving()) {
                exchange.getResponse().getHeaders().set("HX-Reswap", "none");
            }
            show(round, model);
            return "programs/round :: outcome(oob=true)";
        });
    }

    /**
     * The round and its name, the page's title and heading. A finished dry run is shown as the settings page shows
     * it: beside the last real round.
     */
    private void show(Round round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute(
                "pageTitle", (round.dryRun() ? "Dry run" : "Round") + " of " + words.dateTime(round.startedAt()));
        if (round.dryRun() && !round.solving() && !round.failed()) {
            model.addAttribute("comparison", DryRunComparison.of(round));
        }
    }

    /** A round of another program, asked for under this program's address, is not found here. */
    private Mono<Round> roundOf(String programId, String roundId) {
        return matching.round(roundId)
                .filter(round -> programId.equals(round.programId()))
                .switchIfEmpty(Mono.error(() -> new ServiceFailure(404, new Problem(404, "Not Found", null, null))));
    }
}
