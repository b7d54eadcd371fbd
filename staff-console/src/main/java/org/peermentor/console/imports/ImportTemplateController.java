package org.peermentor.console.imports;

import java.nio.charset.StandardCharsets;
import org.peermentor.console.services.IntakeApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** {@code GET /import/template}: the CSV file to fill in, with a header row of the columns an import reads. */
@Controller
record ImportTemplateController(IntakeApi intake) {
    /** The template comes from intake, so its columns are always the API's. */
    @GetMapping("/import/template")
    Mono<ResponseEntity<String>> template(@RequestParam(defaultValue = "participants") String kind) {
        String known = ImportRequest.KINDS.contains(kind) ? kind : "participants";
        return intake.template(known)
                .map(csv -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(known + "-template.csv")
                                        .build()
                                        .toString())
                        .body(csv));
    }
}
