package org.peermentor.matching.pairing;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.PairingStatus;

/** A pairing as program managers see it; a first name is null for a person erased or not (yet) known. */
@RecordBuilder
public record PairingView(
        String id,
        String programId,
        String roundId,
        String participantId,
        String participantFirstName,
        String mentorId,
        String mentorFirstName,
        PairingStatus status,
        long version,
        String sharedIssue,
        List<Format> formats,
        List<Overlap> overlaps,
        List<String> explanation,
        String reason,
        Boolean rematch,
        Instant createdAt,
        Instant updatedAt) {}
