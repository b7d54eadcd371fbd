package org.peermentor.demo;

/** Whether a demo person registers as a participant or as a mentor, and the intake path each registers at. */
public enum Role {
    PARTICIPANT("/api/participants"),
    MENTOR("/api/mentors");

    private final String path;

    Role(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
