package org.peermentor.console.report;

import java.nio.charset.StandardCharsets;
import org.peermentor.console.pairings.PairingWords;
import org.peermentor.console.services.MatchingApi;
import org.peermentor.console.web.Words;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

/**
 * The report's files to download: {@code GET /programs/{programId}/report.csv}, the supply report's tables
 * ({@link ReportCsv}), and {@code GET /programs/{programId}/engagement.csv}, its engagement section
 * ({@link EngagementCsv}).
 */
@Controller
record ReportCsvController(MatchingApi matching, Words words, PairingWords pairingWords) {
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @GetMapping("/programs/{programId}/report.csv")
    Mono<ResponseEntity<String>> csv(@PathVariable String programId) {
        return matching.report(programId)
                .map(report -> attachment("supply-and-demand-", programId, ReportCsv.of(report, words)));
    }

    @GetMapping("/programs/{programId}/engagement.csv")
    Mono<ResponseEntity<String>> engagementCsv(@PathVariable String programId) {
        return matching.engagement(programId)
                .map(engagement -> attachment("engagement-", programId, EngagementCsv.of(engagement, pairingWords)));
    }

    private static ResponseEntity<String> attachment(String prefix, String programId, String csv) {
        String file = prefix + programId.replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .body(csv);
    }
}
