package org.peermentor.contracts;

import java.time.Instant;

/** A mentor withdrew from the program. The profile is the last one, with status WITHDRAWN. */
public record MentorWithdrawn(String eventId, Instant occurredAt, String mentorId, long version, MentorProfile profile)
        implements MentorProfileEvent {}
