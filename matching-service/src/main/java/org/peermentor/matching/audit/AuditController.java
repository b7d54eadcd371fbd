package org.peermentor.matching.audit;

import java.util.List;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/audit?pairingId=…} or {@code ?programId=…}: who did what to a pairing or in a program, oldest
 * first. A pairing or program outside the caller's is 404, as the pairing or program itself would be; a pairing
 * nobody has acted on yet has an empty trail.
 */
@RestController
record AuditController(ManagerActions actions, PairingPrograms pairings) {
    @GetMapping("/api/audit")
    Flux<AuditEntry> trail(
            @RequestParam(required = false) String pairingId, @RequestParam(required = false) String programId) {
        boolean byPairing = pairingId != null && !pairingId.isBlank();
        boolean byProgram = programId != null && !programId.isBlank();
        if (byPairing == byProgram) {
            return Flux.error(new InvalidRequestException(List.of(new FieldError(
                    byPairing ? "programId" : "pairingId",
                    "give either pairingId or programId, exactly one of them"))));
        }
        return byPairing
                ? Access.visible(pairings.programOf(pairingId), program -> program, "pairing", pairingId)
                        .flatMapMany(visible -> actions.ofPairing(pairingId))
                : Access.program(programId, "audit trail").thenMany(Flux.defer(() -> actions.ofProgram(programId)));
    }
}
