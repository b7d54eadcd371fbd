package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.pairings.Notice;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /programs/{programId}}: the program's dashboard (pairings needing attention first), its live part ({@code /live}, polled by the open page) and
 * "Start a round". Every number comes from the matching service with the manager's own token, so a person without
 * the role sees the "not allowed" page and a program outside theirs is not found.
 */
@Controller
class DashboardController {

    private final MatchingApi matching;
    private final DashboardReader dashboards;

    DashboardController(MatchingApi matching, DashboardReader dashboards) {
        this.matching = matching;
        this.dashboards = dashboards;
    }

    @GetMapping("/programs/{programId}")
    Mono<String> dashboard(
            @PathVariable String programId,
            @RequestParam(defaultValue = "0") int waitingPage,
            @RequestParam(defaultValue = "0") int proposalsPage,
            Model model,
            ServerWebExchange exchange) {
        return dashboards
                .read(programId, waitingPage, proposalsPage)
                .zipWith(Notice.take(exchange))
                .map(found -> {
                    model.addAttribute("dashboard", found.getT1());
                    model.addAttribute("notice", found.getT2().orElse(null));
                    return "programs/dashboard";
                });
    }

    /**
     * Polled every few seconds by the open dashboard with the newest round it knows. Unchanged: nothing is swapped
     * ({@code HX-Reswap: none}). Changed: the watch with the news, and the page's sections drawn afresh (out of band).
     */
    @GetMapping("/programs/{programId}/live")
    Mono<String> live(
            @PathVariable String programId,
            @RequestParam(defaultValue = "") String known,
            @RequestParam(defaultValue = "0") int waitingPage,
            @RequestParam(defaultValue = "0") int proposalsPage,
            Model model,
            ServerWebExchange exchange) {
        return matching.rounds(programId, 0, 1).flatMap(newest -> {
            if (RoundWatch.of(newest).equals(known)) {
                exchange.getResponse().getHeaders().set("HX-Reswap", "none");
                model.addAttribute("unchanged", true);
                return Mono.just("programs/dashboard :: unchanged");
            }
            return dashboards.read(programId, waitingPage, proposalsPage).map(dashboard -> {
                model.addAttribute("dashboard", dashboard);
                return "programs/dashboard :: update";
            });
        });
    }

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
