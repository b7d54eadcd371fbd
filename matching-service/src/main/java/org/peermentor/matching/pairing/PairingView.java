package org.peermentor.matching.pairing;

import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.PairingStatus;

/** A pairing as program managers see it. */
public record PairingView(
        String id,
        String programId,
        String roundId,
        String participantId,
        String mentorId,
        PairingStatus status,
        long version,
        String sharedIssue,
        List<Format> formats,
        List<Overlap> overlaps,
        List<String> explanation,
        String reason,
        Boolean rematch,
        Instant createdAt,
        Instant updatedAt) {
}
