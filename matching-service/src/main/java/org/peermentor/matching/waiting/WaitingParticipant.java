package org.peermentor.matching.waiting;

import java.time.Instant;
import java.util.List;
import org.peermentor.contracts.Urgency;

/**
 * One participant on the waiting list. {@code reasons} and {@code roundId} come from the newest real round since
 * they began waiting that left them unmatched: empty and null when no round has yet.
 */
public record WaitingParticipant(
        String participantId,
        String firstName,
        String primaryIssue,
        Urgency urgency,
        Instant waitingSince,
        List<String> reasons,
        String roundId) {

    WaitingParticipant withReasons(String roundId, List<String> reasons) {
        return new WaitingParticipant(
                participantId, firstName, primaryIssue, urgency, waitingSince, List.copyOf(reasons), roundId);
    }
}
