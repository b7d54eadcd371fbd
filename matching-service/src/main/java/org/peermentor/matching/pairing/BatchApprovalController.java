package org.peermentor.matching.pairing;

import java.util.List;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/programs/{programId}/pairings/approve} with {@code {"pairingIds": […]}}: the program's proposals
 * approved together ({@link BatchApproval}). A program outside the caller's is 404; an id repeated counts once; an id
 * not found in the program, or a proposal decided already, is an outcome (404, 409) beside the others, not a failure
 * of the request.
 */
@RestController
record BatchApprovalController(BatchApproval batch) {
    @PostMapping("/api/programs/{programId}/pairings/approve")
    Mono<ApprovalOutcomes> approve(
            @PathVariable String programId, @RequestBody(required = false) ApprovalRequest request) {
        return Access.program(programId, "pairings")
                .then(Mono.defer(() -> batch.approve(programId, pairingIds(request))))
                .map(ApprovalOutcomes::of);
    }

    private static List<String> pairingIds(ApprovalRequest request) {
        List<String> ids = request == null || request.pairingIds() == null ? List.of() : request.pairingIds();
        String wrong = ids.isEmpty()
                ? "must name at least one pairing"
                : ids.size() > BatchApproval.MOST
                        ? "must name at most " + BatchApproval.MOST + " pairings"
                        : ids.stream().anyMatch(id -> id == null || id.isBlank()) ? "must not hold a blank id" : null;
        if (wrong != null) {
            throw new InvalidRequestException(List.of(new FieldError("pairingIds", wrong)));
        }
        return ids.stream().distinct().toList();
    }
}
