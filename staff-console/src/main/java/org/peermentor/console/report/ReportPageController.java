package org.peermentor.console.report;

import java.util.Optional;
import org.peermentor.console.pairings.PairingWords;
import org.peermentor.console.services.Engagement;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.services.ServiceFailure;
import org.peermentor.console.web.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * {@code /programs/{programId}/report}: supply and demand, then the engagement of accepted pairings (its CSV
 * download is {@link ReportCsvController}). The matching service decides who may read it (403 for anyone but a
 * program manager, 404 outside their programs).
 */
@Controller
record ReportPageController(IntakeApi intake, MatchingApi matching, Words words, PairingWords pairingWords) {
    @GetMapping("/programs/{programId}/report")
    Mono<String> report(@PathVariable String programId, Model model) {
        return Mono.zip(matching.report(programId), intake.program(programId), engagement(programId))
                .map(found -> {
                    model.addAttribute("program", found.getT2());
                    model.addAttribute("programId", programId);
                    model.addAttribute("view", ReportView.of(found.getT1(), words));
                    model.addAttribute(
                            "engagement",
                            found.getT3()
                                    .map(engagement -> EngagementView.of(engagement, pairingWords))
                                    .orElse(null));
                    return "report/report";
                });
    }

    /** The supply report still opens when the engagement figures cannot be had just now; the page says so. */
    private Mono<Optional<Engagement>> engagement(String programId) {
        return matching.engagement(programId)
                .map(Optional::of)
                .onErrorResume(
                        failure -> failure instanceof ServiceFailure away
                                && (away.status() == 503 || away.status() == 404),
                        away -> Mono.just(Optional.empty()));
    }
}
