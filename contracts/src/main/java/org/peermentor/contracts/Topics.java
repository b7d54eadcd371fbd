package org.peermentor.contracts;

/** The Kafka topics of the system. Profile topics are compacted and keyed by the profile id. */
public final class Topics {

    public static final String PARTICIPANT_PROFILES = "participant-profiles";
    public static final String MENTOR_PROFILES = "mentor-profiles";
    public static final String PAIRING_EVENTS = "pairing-events";

    private Topics() {
    }
}
