package org.peermentor.console.services;

import java.time.Instant;
import java.util.List;

/**
 * A pairing as the matching service shows it to program managers. The first names come from the matching service's
 * own copy of the profiles (it keeps no last names); {@code reason} and {@code rematch} are set once it was rejected or
 * ended.
 */
public record Pairing(
        String id,
        String programId,
        String roundId,
        String participantId,
        String participantFirstName,
        String mentorId,
        String mentorFirstName,
        String status,
        String sharedIssue,
        List<String> explanation,
        String reason,
        Boolean rematch,
        Instant createdAt,
        Instant updatedAt) {

    public Pairing {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    public boolean proposed() {
        return "PROPOSED".equals(status);
    }

    public boolean endable() {
        return "ACCEPTED".equals(status);
    }
}
