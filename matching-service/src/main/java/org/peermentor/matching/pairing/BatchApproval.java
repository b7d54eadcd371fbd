package org.peermentor.matching.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.service.web.ProblemException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "Approve selected" in one request. Each pairing is approved as {@link PairingService#approve} approves one — a
 * write conditional on the version read, on its own document, with its event in that document's outbox — but the
 * proposals are read in one query, the approvals written in one bulk write and audited in one insert, and nothing is
 * read for the answer, which is each id's outcome. A pairing changed between the read and the write is approved the
 * single way, which reads it again: one decided meanwhile is a 409 "Already decided" here too.
 */
@Component
record BatchApproval(PairingStore store, PairingService pairings, ManagerActions audit, Clock clock) {
    /** The most ids one request may name: a 500-proposal round's worth (the console sends smaller chunks). */
    static final int MOST = 500;
    /** Approvals prepared at once (each counts the participant's status sequence, one write). */
    private static final int PREPARED_AT_ONCE = 16;

    /** Approves these proposals of the program (distinct ids, at most {@link #MOST}); one outcome per id, in order. */
    Mono<List<ApprovalOutcome>> approve(String programId, List<String> pairingIds) {
        Instant now = clock.instant();
        return store.find(pairingIds)
                .filter(found -> programId.equals(found.pairing().programId()))
                .collectMap(StoredPairing::id)
                .flatMap(found -> Flux.fromIterable(found.values())
                        .filter(pairing -> pairing.status() == PairingStatus.PROPOSED)
                        .flatMap(proposal -> pairings.approval(proposal, now), PREPARED_AT_ONCE)
                        .collectList()
                        .flatMap(moves -> store.updateAll(moves, now))
                        .flatMap(moved -> outcomes(pairingIds, found, moved)))
                .flatMap(outcomes -> audit.recordAll(
                                AuditAction.APPROVE,
                                outcomes.stream()
                                        .filter(ApprovalOutcome::isApproved)
                                        .map(approved -> AuditTarget.pairing(programId, approved.pairingId()))
                                        .toList())
                        .thenReturn(outcomes));
    }

    private Mono<List<ApprovalOutcome>> outcomes(
            List<String> pairingIds, Map<String, StoredPairing> found, Set<String> moved) {
        Map<String, ApprovalOutcome> known = new HashMap<>();
        for (String id : pairingIds) {
            StoredPairing pairing = found.get(id);
            if (pairing == null) {
                known.put(id, ApprovalOutcome.refused(id, ProblemException.notFound("pairing", id)));
            } else if (pairing.status() != PairingStatus.PROPOSED) {
                known.put(
                        id,
                        ApprovalOutcome.refused(
                                id, MoveRefusal.of(pairing.status(), PairingStatus.PROPOSED, PairingStatus.APPROVED)));
            } else if (moved.contains(id)) {
                known.put(id, ApprovalOutcome.approved(id));
            }
        }
        return Flux.fromIterable(pairingIds)
                .filter(id -> !known.containsKey(id))
                .concatMap(changedMeanwhile -> pairings.approve(changedMeanwhile)
                        .map(approved -> ApprovalOutcome.approved(changedMeanwhile))
                        .onErrorResume(
                                ProblemException.class,
                                refused -> Mono.just(ApprovalOutcome.refused(changedMeanwhile, refused))))
                .doOnNext(outcome -> known.put(outcome.pairingId(), outcome))
                .then(Mono.fromSupplier(
                        () -> pairingIds.stream().map(known::get).toList()));
    }
}
