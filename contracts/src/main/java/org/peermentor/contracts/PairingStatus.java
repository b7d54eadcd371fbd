package org.peermentor.contracts;

/**
 * Where a pairing stands: {@code PROPOSED → APPROVED → ACCEPTED | DECLINED}, {@code PROPOSED → REJECTED |
 * SUPERSEDED}, {@code ACCEPTED → ENDED}, and {@code APPROVED → EXPIRED} when the mentor's link
 * expires unanswered.
 */
public enum PairingStatus {
    PROPOSED,
    APPROVED,
    ACCEPTED,
    DECLINED,
    REJECTED,
    SUPERSEDED,
    ENDED,
    EXPIRED;

    /** A pairing in one of these holds a place of its mentor's capacity (rule H8). */
    public boolean holdsCapacity() {
        return this == PROPOSED || this == APPROVED || this == ACCEPTED;
    }
}
