package org.peermentor.intake.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
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
class CsvImportController {

    private static final String PROGRAM_ID = "[a-z0-9-]{1,64}";
    private static final Set<String> CSV_TYPES =
            Set.of("text/csv", "application/csv", "text/plain", "application/vnd.ms-excel");

    private final Imports imports;

    CsvImportController(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    Flux<RowResult> importFile(@RequestParam String kind, @RequestParam String programId, ServerHttpRequest request) {
        return Flux.defer(() -> {
            ImportKind<?> chosen = imports.kind(kind);
            if (!programId.matches(PROGRAM_ID)) {
                throw new InvalidRequestException(
                        List.of(new FieldError("programId", "must be 1-64 characters of a-z, 0-9 and -")));
            }
            requireCsv(request.getHeaders());
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

    /** A CSV file in UTF-8 (a missing charset is taken as UTF-8), no larger than the limit when it says its size. */
    private void requireCsv(HttpHeaders headers) {
        MediaType type = headers.getContentType();
        if (type == null || !CSV_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            throw new ProblemException(
                    400,
                    "Not a CSV file",
                    "The body must be a CSV file sent as text/csv; it was "
                            + (type == null ? "sent without a type" : type.getType() + "/" + type.getSubtype()) + ".");
        }
        Charset charset = type.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            throw new ProblemException(
                    400,
                    "Not UTF-8",
                    "The file must be UTF-8; it was sent as " + charset.name() + ". Save it as \"CSV UTF-8\".");
        }
        long length = headers.getContentLength();
        if (length > imports.maxBytes()) {
            throw new ProblemException(
                    413,
                    "File too large",
                    "The file is " + length + " bytes, larger than the limit of " + imports.maxBytes()
                            + " bytes; split it into smaller files.");
        }
    }
}
