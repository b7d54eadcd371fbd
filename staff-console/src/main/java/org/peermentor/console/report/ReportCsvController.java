package org.peermentor.console.report;

import java.nio.charset.StandardCharsets;
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

/** {@code GET /programs/{programId}/report.csv}: the supply report's tables as a file to download ({@link ReportCsv}). */
@Controller
record ReportCsvController(MatchingApi matching, Words words) {
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @GetMapping("/programs/{programId}/report.csv")
    Mono<ResponseEntity<String>> csv(@PathVariable String programId) {
        String file = "supply-and-demand-" + programId.replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
        String attachment =
                ContentDisposition.attachment().filename(file).build().toString();
        return matching.report(programId)
                .map(report -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, attachment)
                        .body(ReportCsv.of(report, words)));
    }
}
