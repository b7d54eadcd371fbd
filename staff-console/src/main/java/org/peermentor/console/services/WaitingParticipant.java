package org.peermentor.console.services;

import java.time.Instant;
import java.util.List;

/**
 * A participant of a program who waits for a mentor, as the matching service sees them: since when, how urgent, and
 * why the last round that considered them found nobody ({@code reasons}, empty when no round has yet).
 */
public record WaitingParticipant(
        String participantId,
        String firstName,
        String primaryIssue,
        String urgency,
        Instant waitingSince,
        List<String> reasons,
        String roundId) {

    public WaitingParticipant {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
