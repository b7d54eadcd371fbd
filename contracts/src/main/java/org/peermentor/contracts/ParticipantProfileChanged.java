package org.peermentor.contracts;

import java.time.Instant;

/** A participant was registered or their profile changed. */
public record ParticipantProfileChanged(
        String eventId, Instant occurredAt, String participantId, long version, ParticipantProfile profile)
        implements ParticipantProfileEvent {}
