package org.peermentor.matching.program;

/**
 * Tells a program's automatic round that something changed which may let more people be matched: an arrival, a
 * changed mentor, a freed place. The round's settle timer ({@code round.RoundTrigger}) answers it; pairings, erasure
 * and the profile feed only hold this interface, so they need not know the round package that uses them.
 */
public interface RoundNudge {

    /** Restarts the program's settle timer; a round plans whoever waits once it runs out. */
    void nudge(String programId);
}
