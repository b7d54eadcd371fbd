package org.peermentor.intake.support;

import java.util.List;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;

/** Pairings as matching publishes them, carrying the participant's status at a sequence number. */
public final class Pairings {

    private Pairings() {}

    public static Pairing pairing(
            String id, String participantId, PairingStatus status, ProfileStatus participantStatus, long sequence) {
        return new Pairing(
                id,
                sequence,
                status,
                "p",
                "r",
                participantId,
                "m-1",
                "GRIEF",
                List.of(),
                List.of(),
                List.of(),
                participantStatus,
                sequence);
    }
}
