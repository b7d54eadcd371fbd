package org.peermentor.console.programs;

import org.peermentor.console.pairings.Notice;
import org.peermentor.console.services.MatchingApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code /programs/{programId}}: the program's dashboard (pairings needing attention first) and its live part
 * ({@code /live}, polled by the open page); "Start a round" is {@link RoundStartController}. Every number comes
 * from the matching service with the manager's own token, so a person without the role sees the "not allowed" page
 * and a program outside theirs is not found.
 */
@Controller
record DashboardController(MatchingApi matching, DashboardReader dashboards) {
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
}
