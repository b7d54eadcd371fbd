package org.peermentor.contracts;

/** An event on the mentor-profiles topic, keyed by the mentor's id. */
public sealed interface MentorProfileEvent extends ProfileEvent permits MentorProfileChanged, MentorWithdrawn {

    String mentorId();

    @Override
    default String profileId() {
        return mentorId();
    }
}
