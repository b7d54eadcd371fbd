package org.peermentor.matching.round;

/**
 * A point in every real round between taking its snapshot and solving it, on the solver thread. Nothing waits there
 * in the service; a test holds a round there to decide on proposals while it plans, in a known order, without sleeps.
 */
@FunctionalInterface
interface RoundCheckpoint {

    RoundCheckpoint NONE = (programId, roundId) -> { };

    void snapshotTaken(String programId, String roundId);
}
