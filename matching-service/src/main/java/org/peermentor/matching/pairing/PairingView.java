package org.peermentor.matching.pairing;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.PairingStatus;

/**
 * A pairing as program managers see it; a first name is null for a person erased or not (yet) known. An approved
 * pairing says when the mentor's link expires and whether they were reminded; an accepted one, its {@link Health}
 * and how many check-ins went out. No check-in note is ever part of it.
 */
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
        Instant updatedAt,
        Instant linkExpiresAt,
        Boolean reminded,
        Instant acceptedAt,
        int checkInsSent,
        Health health) {}
