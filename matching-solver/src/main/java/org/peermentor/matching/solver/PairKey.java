package org.peermentor.matching.solver;

import java.util.Objects;

/** A participant and a mentor, as a pair that may never be proposed again (rule H7). */
public record PairKey(String participantId, String mentorId) {

    public PairKey {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(mentorId, "mentorId");
    }
}
