package org.peermentor.contracts;

import java.time.Instant;

/**
 * An event on a profile topic. Its value carries the whole profile at {@link #version()}, so the
 * latest record per key (the topic is compacted) is the current state; consumers keep the highest version.
 */
public sealed interface ProfileEvent permits ParticipantProfileEvent, MentorProfileEvent {

    String eventId();

    Instant occurredAt();

    /** The Kafka key: the participant's or mentor's id. */
    String profileId();

    long version();

    /** The whole profile at {@link #version()}. */
    Profile profile();

    /** The CloudEvents type, equal to the record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The compacted topic the event is published on: the participants' or the mentors'. */
    default String topic() {
        return this instanceof ParticipantProfileEvent ? Topics.PARTICIPANT_PROFILES : Topics.MENTOR_PROFILES;
    }
}
