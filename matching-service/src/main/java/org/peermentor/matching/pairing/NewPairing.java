package org.peermentor.matching.pairing;

import java.util.UUID;
import org.peermentor.contracts.PairingBuilder;
import org.peermentor.matching.solver.ProposedPairing;

/**
 * The first version of a pairing the solver's rules describe, as a round proposes it and as a program manager makes
 * one by hand: a new id, the pair and what they share, and the proposal's reasons. Whoever makes it sets the statuses.
 */
public final class NewPairing {

    private NewPairing() {}

    /** Version 1 of {@code proposal} in the program; the status and the participant's status are still to be set. */
    public static PairingBuilder of(String programId, ProposedPairing proposal) {
        return PairingBuilder.builder()
                .id(UUID.randomUUID().toString())
                .version(1)
                .programId(programId)
                .participantId(proposal.participantId())
                .mentorId(proposal.mentorId())
                .sharedIssue(proposal.sharedIssue())
                .formats(proposal.formats())
                .overlaps(proposal.overlaps())
                .explanation(proposal.explanation())
                .participantSequence(0);
    }
}
