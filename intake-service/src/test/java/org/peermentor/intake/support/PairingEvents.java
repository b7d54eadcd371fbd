package org.peermentor.intake.support;

import java.time.Instant;
import java.util.UUID;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingProposed;
import org.peermentor.contracts.PairingRejected;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.fixtures.Pairings;

/**
 * Pairing events as matching publishes them: the shared fixtures' pairing, of this participant at version and
 * participant sequence {@code sequence}, carrying the participant's status after the move.
 */
public final class PairingEvents {

    private PairingEvents() {}

    /** Matching proposed a mentor: the participant is PROPOSED. */
    public static PairingProposed proposed(String pairingId, String participantId, long sequence) {
        Pairing pairing = pairing(pairingId, participantId, PairingStatus.PROPOSED, ProfileStatus.PROPOSED, sequence);
        return new PairingProposed(newEventId(), Instant.now(), pairingId, pairing);
    }

    /** Both said yes: the participant is MATCHED. */
    public static PairingAccepted accepted(String pairingId, String participantId, long sequence) {
        Pairing pairing = pairing(pairingId, participantId, PairingStatus.ACCEPTED, ProfileStatus.MATCHED, sequence);
        return new PairingAccepted(newEventId(), Instant.now(), pairingId, pairing);
    }

    /** Someone said no, for this reason: the participant is WAITING again. */
    public static PairingRejected rejected(String pairingId, String participantId, long sequence, String reason) {
        Pairing pairing = pairing(pairingId, participantId, PairingStatus.REJECTED, ProfileStatus.WAITING, sequence);
        return new PairingRejected(newEventId(), Instant.now(), pairingId, pairing, reason);
    }

    private static Pairing pairing(
            String id, String participantId, PairingStatus status, ProfileStatus participantStatus, long sequence) {
        return Pairings.pairing()
                .id(id)
                .version(sequence)
                .status(status)
                .participantId(participantId)
                .participantStatus(participantStatus)
                .participantSequence(sequence)
                .build();
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
