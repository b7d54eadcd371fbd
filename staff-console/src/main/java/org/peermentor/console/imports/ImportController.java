package org.peermentor.console.imports;

import java.util.List;
import java.util.Map;
import org.peermentor.console.services.ImportRow;
import org.peermentor.console.services.IntakeApi;
import org.peermentor.console.services.ServiceFailure;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /import}: a CSV file of participants or mentors into one program, and the result of every row. */
@Controller
record ImportController(IntakeApi intake) {
    @GetMapping("/import")
    Mono<String> form(@RequestParam(required = false) String programId, Model model) {
        return page(new ImportRequest("participants", programId), null, null, model);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<String> upload(ServerWebExchange exchange, Model model) {
        return exchange.getMultipartData().flatMap(parts -> {
            ImportRequest request = new ImportRequest(field(parts, "kind"), field(parts, "programId"));
            Part file = parts.getFirst("file");
            String problem = request.problem(file);
            if (problem != null) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                return page(request, null, problem, model);
            }
            return intake.importCsv(request.kind(), request.programId(), file.content())
                    .flatMap(rows -> page(request, rows, null, model))
                    .onErrorResume(ServiceFailure.class, refused -> refusedFile(refused, request, exchange, model));
        });
    }

    private Mono<String> refusedFile(
            ServiceFailure refused, ImportRequest request, ServerWebExchange exchange, Model model) {
        return FileRefusal.message(refused)
                .map(message -> {
                    exchange.getResponse().setStatusCode(HttpStatus.valueOf(refused.status()));
                    return page(request, null, message, model);
                })
                .orElseGet(() -> Mono.error(refused));
    }

    private Mono<String> page(ImportRequest request, List<ImportRow> rows, String problem, Model model) {
        return intake.programs().map(programs -> {
            model.addAttribute("request", request);
            model.addAttribute("programs", programs);
            model.addAttribute("rows", rows);
            model.addAttribute("counts", rows == null ? null : counts(rows));
            model.addAttribute("problem", problem);
            return "import";
        });
    }

    private static Map<String, Long> counts(List<ImportRow> rows) {
        return Map.of(
                "CREATED",
                count(rows, "CREATED"),
                "UNCHANGED",
                count(rows, "UNCHANGED"),
                "REJECTED",
                count(rows, "REJECTED"));
    }

    private static long count(List<ImportRow> rows, String status) {
        return rows.stream().filter(row -> status.equals(row.status())).count();
    }

    private static String field(MultiValueMap<String, Part> parts, String name) {
        return parts.getFirst(name) instanceof FormFieldPart field ? field.value() : null;
    }
}
