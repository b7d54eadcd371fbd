package org.peermentor.intake.program;

import jakarta.validation.Validator;
import java.util.List;
import org.peermentor.intake.profile.ProgramIds;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.peermentor.service.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/programs}, {@code GET /api/programs/{id}} and {@code PUT /api/programs/{id}}: the programs the
 * caller may see and their display names. A program outside the caller's is 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/programs")
record ProgramController(Programs programs, Validator validator) {
    @GetMapping
    Mono<List<ProgramName>> list() {
        return Caller.current().flatMap(caller -> programs.all(caller.programFilter()));
    }

    @GetMapping("/{id}")
    Mono<ProgramName> read(@PathVariable String id) {
        return Caller.current()
                .filter(caller -> ProgramIds.valid(id) && caller.mayAct(id))
                .flatMap(caller -> programs.find(id))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("program", id)));
    }

    @PutMapping("/{id}")
    Mono<ProgramName> name(@PathVariable String id, @RequestBody ProgramRequest request) {
        return Caller.current().flatMap(caller -> {
            ProgramIds.check("id", id);
            if (!caller.mayAct(id)) {
                return Mono.error(ProblemException.notFound("program", id));
            }
            List<FieldError> errors =
                    validator.validate(request).stream().map(FieldError::of).toList();
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidRequestException(errors));
            }
            return programs.name(id, request.displayName().strip());
        });
    }
}
