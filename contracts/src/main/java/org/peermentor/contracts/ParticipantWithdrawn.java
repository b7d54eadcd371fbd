package org.peermentor.contracts;

import java.time.Instant;

/** A participant withdrew; matching stops considering them. The profile is the last one, with status WITHDRAWN. */
public record ParticipantWithdrawn(
        String eventId, Instant occurredAt, String participantId, long version, ParticipantProfile profile)
        implements ParticipantProfileEvent {}
