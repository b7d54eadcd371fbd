package org.peermentor.matching.round;

/** Where a round is: being solved, completed (its changes applied or being applied), or failed. */
public enum RoundStatus {
    SOLVING,
    COMPLETED,
    FAILED
}
