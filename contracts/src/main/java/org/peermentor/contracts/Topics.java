package org.peermentor.contracts;

/**
 * The Kafka topics of the system. Profile topics are compacted and keyed by the profile id. A profile record with
 * no value (a tombstone, {@code ce_type} {@link #PARTICIPANT_ERASED} or {@link #MENTOR_ERASED}) means the person was
 * erased: every consumer forgets everything it keeps about that id, and compaction drops the earlier records.
 */
public final class Topics {

    public static final String PARTICIPANT_PROFILES = "participant-profiles";
    public static final String MENTOR_PROFILES = "mentor-profiles";
    public static final String PAIRING_EVENTS = "pairing-events";

    /** The event type of a participant's tombstone. */
    public static final String PARTICIPANT_ERASED = "ParticipantErased";

    /** The event type of a mentor's tombstone. */
    public static final String MENTOR_ERASED = "MentorErased";

    private Topics() {}
}
