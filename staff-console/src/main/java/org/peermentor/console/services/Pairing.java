package org.peermentor.console.services;

import java.time.Instant;
import java.util.List;

/**
 * A pairing as the matching service shows it to program managers. The first names come from the matching service's
 * own copy of the profiles (it keeps no last names); {@code reason} and {@code rematch} are set once it was rejected or
 * ended. While APPROVED it says when the mentor's link expires and whether a reminder went; once ACCEPTED, since when,
 * how many check-ins were sent and its {@code health} ({@code TOO_EARLY}, {@code ON_TRACK}, {@code NEEDS_ATTENTION},
 * {@code QUIET}). Read from JSON only, never built by hand.
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
        Instant linkExpiresAt,
        Boolean reminded,
        Instant acceptedAt,
        Integer checkInsSent,
        String health) {

    public Pairing {
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    public boolean proposed() {
        return "PROPOSED".equals(status);
    }

    public boolean endable() {
        return "ACCEPTED".equals(status);
    }

    /** Waiting for the mentor's answer: the link can be sent afresh. */
    public boolean approved() {
        return "APPROVED".equals(status);
    }

    public boolean wasReminded() {
        return Boolean.TRUE.equals(reminded);
    }

    public int checkIns() {
        return checkInsSent == null ? 0 : checkInsSent;
    }
}
