package org.peermentor.contracts;

import java.time.Instant;

/**
 * An event on a profile topic. Its value carries the whole profile at {@link #version()}, so the
 * latest record per key (the topic is compacted) is the current state; consumers keep the highest version.
 */
public sealed interface ProfileEvent
        permits ParticipantProfileChanged, ParticipantWithdrawn, MentorProfileChanged, MentorWithdrawn {

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

    default String topic() {
        return this instanceof ParticipantProfileChanged || this instanceof ParticipantWithdrawn
                ? Topics.PARTICIPANT_PROFILES
                : Topics.MENTOR_PROFILES;
    }
}
