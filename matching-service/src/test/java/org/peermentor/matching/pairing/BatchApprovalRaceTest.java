package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.audit.AuditAction;
import org.peermentor.matching.audit.AuditTarget;
import org.peermentor.matching.audit.ManagerActions;
import org.peermentor.service.web.ProblemException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A batch approval reads a proposal, and before its bulk write another manager rejects it: the write, conditional on
 * the version read, leaves it alone, and the batch approves it the single way, which reads it again and is told it was
 * already decided. That proposal's outcome is the 409, nothing of it is audited. The store is stubbed to replay that
 * interleaving exactly.
 */
class BatchApprovalRaceTest {

    private final PairingStore store = mock(PairingStore.class);
    private final PairingService pairings = mock(PairingService.class);
    private final ManagerActions audit = mock(ManagerActions.class);
    private final BatchApproval batch = new BatchApproval(store, pairings, audit, Clock.systemUTC());

    @Test
    void aProposalDecidedBetweenTheReadAndTheWriteIsAlreadyDecided() {
        StoredPairing proposal = proposal("pr-1");
        when(store.find(List.of("pr-1", "pr-2"))).thenReturn(Flux.just(proposal, proposal("pr-2")));
        when(pairings.approval(any(), any()))
                .thenReturn(Mono.just(new PairingMove(proposal, proposal.pairing(), null, null)));
        when(store.updateAll(anyList(), any())).thenReturn(Mono.just(Set.of("pr-2"))); // pr-1's version moved on
        when(pairings.approve("pr-1"))
                .thenReturn(Mono.error(ProblemException.conflict(
                        "Already decided", "This proposal was already rejected; it cannot become APPROVED.")));
        when(audit.recordAll(any(), anyList())).thenReturn(Mono.empty());

        List<ApprovalOutcome> outcomes =
                batch.approve("program", List.of("pr-1", "pr-2")).block();

        assertThat(outcomes)
                .containsExactly(
                        new ApprovalOutcome(
                                "pr-1",
                                409,
                                "Already decided",
                                "This proposal was already rejected; it cannot become APPROVED."),
                        ApprovalOutcome.approved("pr-2"));
        verify(audit).recordAll(eq(AuditAction.APPROVE), eq(List.of(AuditTarget.pairing("program", "pr-2"))));
    }

    private static StoredPairing proposal(String id) {
        return StoredPairings.stored(StoredPairings.pairing(id, PairingStatus.PROPOSED, 1)
                .participantId("participant-" + id)
                .mentorId("mentor-" + id));
    }
}
