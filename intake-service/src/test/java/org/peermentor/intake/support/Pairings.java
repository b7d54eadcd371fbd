package org.peermentor.intake.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingAccepted;
import org.peermentor.contracts.PairingBuilder;
import org.peermentor.contracts.PairingProposed;
import org.peermentor.contracts.PairingRejected;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;

/** Pairings as matching publishes them, carrying the participant's status at a sequence number. */
public final class Pairings {

    private Pairings() {}

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
        return new PairingRejected(
                newEventId(),
                Instant.now(),
                pairingId,
                pairing(pairingId, participantId, PairingStatus.REJECTED, ProfileStatus.WAITING, sequence),
                reason);
    }

    public static Pairing pairing(
            String id, String participantId, PairingStatus status, ProfileStatus participantStatus, long sequence) {
        return PairingBuilder.builder()
                .id(id)
                .version(sequence)
                .status(status)
                .programId("p")
                .roundId("r")
                .participantId(participantId)
                .mentorId("m-1")
                .sharedIssue("GRIEF")
                .formats(List.of())
                .overlaps(List.of())
                .explanation(List.of())
                .participantStatus(participantStatus)
                .participantSequence(sequence)
                .build();
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
