package org.peermentor.matching.solver;

import java.util.List;

/** A participant the round could not place, and why, naming the rules in plain words. */
public record UnmatchedParticipant(String participantId, List<String> reasons) {

    public UnmatchedParticipant {
        reasons = List.copyOf(reasons);
    }
}
