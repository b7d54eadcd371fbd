package org.peermentor.intake.imports;

import java.nio.charset.StandardCharsets;
import org.peermentor.intake.profile.ProgramIds;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code POST /api/imports?kind=participants|mentors&programId=…} with a CSV body: one result per data row, sent as
 * each batch is stored. {@code GET /api/imports/template?kind=…}: the header row and one example row to start from.
 */
@RestController
record CsvImportController(Imports imports) {
    @PostMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    Flux<RowResult> importFile(@RequestParam String kind, @RequestParam String programId, ServerHttpRequest request) {
        return Flux.defer(() -> {
            ImportKind<?> chosen = imports.kind(kind);
            ProgramIds.check("programId", programId);
            CsvUpload.check(request.getHeaders(), imports.maxBytes());
            return Caller.current().flatMapMany(caller -> {
                if (!caller.mayAct(programId)) {
                    return Flux.error(ProblemException.notFound("program", programId));
                }
                return imports.run(chosen, programId, caller, request.getBody());
            });
        });
    }

    @GetMapping(path = "/api/imports/template")
    ResponseEntity<String> template(@RequestParam String kind) {
        ImportKind<?> chosen = imports.kind(kind);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(chosen.name() + "-template.csv")
                                .build()
                                .toString())
                .body(Template.of(chosen.registrar()));
    }
}
