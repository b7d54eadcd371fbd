package org.peermentor.matching.support;

/** What {@link RunningMatching#scene} set up in a program of its own; a part not asked for stays {@code null}. */
public final class Scene {

    /** The pieces a test may ask for. */
    public enum Part {
        PROPOSED,
        APPROVED,
        ACCEPTED,
        PEOPLE
    }

    public final String programId;
    /** The round that proposed {@link #proposedId}. */
    public String roundId;

    public String proposedId;
    public String approvedId;
    /** The token of the approved pairing's mentor link, unused. */
    public String approvedLink;

    public String acceptedId;
    /** A participant and a mentor who fit each other and are not paired. */
    public String participantId;

    public String mentorId;

    Scene(String programId) {
        this.programId = programId;
    }
}
