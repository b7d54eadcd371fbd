package org.peermentor.matching.solver;

import java.util.List;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Overlap;

/**
 * A pairing the round proposes: the issue they share (the participant's primary issue), the formats they can meet
 * in, their weekly windows in each one's own clock, and why this mentor, in plain words.
 */
public record ProposedPairing(
        String participantId,
        String mentorId,
        String sharedIssue,
        List<Format> formats,
        List<Overlap> overlaps,
        List<String> explanation) {

    public ProposedPairing {
        formats = List.copyOf(formats);
        overlaps = List.copyOf(overlaps);
        explanation = List.copyOf(explanation);
    }
}
