package org.peermentor.console.report;

import java.nio.charset.StandardCharsets;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.web.Words;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * {@code /programs/{programId}/report} and its CSV download. The matching service decides who may read it (403 for
 * anyone but a program manager, 404 outside their programs).
 */
@Controller
class ReportPageController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final IntakeApi intake;
    private final MatchingApi matching;
    private final Words words;

    ReportPageController(IntakeApi intake, MatchingApi matching, Words words) {
        this.intake = intake;
        this.matching = matching;
        this.words = words;
    }

    @GetMapping("/programs/{programId}/report")
    Mono<String> report(@PathVariable String programId, Model model) {
        return matching.report(programId).zipWith(intake.program(programId)).map(found -> {
            model.addAttribute("program", found.getT2());
            model.addAttribute("programId", programId);
            model.addAttribute("view", ReportView.of(found.getT1(), words));
            return "report/report";
        });
    }

    @GetMapping("/programs/{programId}/report.csv")
    Mono<ResponseEntity<String>> csv(@PathVariable String programId) {
        return matching.report(programId)
                .map(report -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename("supply-and-demand-" + programId.replaceAll("[^A-Za-z0-9-]", "_")
                                                + ".csv")
                                        .build()
                                        .toString())
                        .body(ReportCsv.of(report, words)));
    }
}
