package org.peermentor.contracts;

import java.time.Instant;

/** A mentor was registered or their profile changed. */
public record MentorProfileChanged(
        String eventId, Instant occurredAt, String mentorId, long version, MentorProfile profile)
        implements MentorProfileEvent {}
