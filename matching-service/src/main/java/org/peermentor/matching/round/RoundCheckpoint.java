package org.peermentor.matching.round;

/**
 * Points in every real round, on a solver thread: between taking its snapshot and solving it, and before each new
 * pairing is checked against what is stored now and written (outside the program's write lock, which a pairing by
 * hand made meanwhile needs). Nothing waits there in the service; a test holds a round
 * there to decide on proposals meanwhile, in a known order, without sleeps.
 */
interface RoundCheckpoint {

    RoundCheckpoint NONE = new RoundCheckpoint() {};

    default void snapshotTaken(String programId, String roundId) {}

    default void aboutToMake(String programId, String pairingId) {}
}
