package org.peermentor.matching.solver;

import java.util.Objects;

/** An APPROVED or ACCEPTED pairing: a round keeps it, and it uses up one of its mentor's places (rule H8). */
public record FixedPairing(String participantId, String mentorId) {

    public FixedPairing {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(mentorId, "mentorId");
    }
}
