package org.peermentor.matching.checkin;

import java.util.Comparator;
import java.util.List;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.web.Access;
import org.peermentor.service.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A pairing's check-ins as its program's managers read them. Notes are private words about a person's support: they
 * come only one check-in at a time, and each read is in the audit trail before the notes are answered.
 */
@RestController
record CheckInController(PairingStore store, ManagerActions audit) {
    /** A note and whose it is. */
    record Note(CheckInRole role, String note) {}

    @GetMapping("/api/pairings/{id}/check-ins")
    Mono<List<CheckInSummary>> list(@PathVariable String id) {
        return visible(id).map(CheckInSummary::of);
    }

    @GetMapping("/api/pairings/{id}/check-ins/{number}/notes")
    Mono<List<Note>> notes(@PathVariable String id, @PathVariable int number) {
        return visible(id).flatMap(pairing -> {
            if (number < 1 || number > pairing.followUp().checkInsSent()) {
                return Mono.error(ProblemException.notFound("check-in", CheckInId.of(id, number)));
            }
            List<Note> notes = pairing.followUp().answers().stream()
                    .filter(a -> a.number() == number && a.note() != null)
                    .sorted(Comparator.comparing(CheckInAnswer::role))
                    .map(a -> new Note(a.role(), a.note()))
                    .toList();
            return audit.record(
                            AuditAction.NOTE_READ,
                            AuditTarget.pairing(pairing.pairing().programId(), id))
                    .thenReturn(notes);
        });
    }

    private Mono<StoredPairing> visible(String id) {
        return Access.visible(store.get(id), p -> p.pairing().programId(), "pairing", id);
    }
}
