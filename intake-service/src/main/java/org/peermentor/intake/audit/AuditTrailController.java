package org.peermentor.intake.audit;

import java.util.List;
import org.peermentor.service.security.Caller;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.peermentor.service.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/audit?recordId=…}: who read or changed a person's record, and when (program managers). A record
 * with no trail the caller may see — unknown, or of another program — is 404, like the record itself.
 */
@RestController
record AuditTrailController(AuditTrail trail) {
    @GetMapping("/api/audit")
    Flux<RecordAccess> trail(@RequestParam(required = false) String recordId) {
        if (recordId == null || recordId.isBlank()) {
            return Flux.error(new InvalidRequestException(
                    List.of(new FieldError("recordId", "is required: the id of a participant or mentor"))));
        }
        return Caller.current()
                .flatMapMany(caller -> trail.of(recordId, caller))
                .switchIfEmpty(Flux.error(() -> ProblemException.notFound("audit trail for a record", recordId)));
    }
}
