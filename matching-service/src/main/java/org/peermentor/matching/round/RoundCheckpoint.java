package org.peermentor.matching.round;

/**
 * Points in every real round, on a solver thread: between taking its snapshot and solving it, and between checking a
 * new pairing against what is stored now and writing it. Nothing waits there in the service; a test holds a round
 * there to decide on proposals meanwhile, in a known order, without sleeps.
 */
interface RoundCheckpoint {

    RoundCheckpoint NONE = new RoundCheckpoint() { };

    default void snapshotTaken(String programId, String roundId) {
    }

    default void aboutToMake(String programId, String pairingId) {
    }
}
