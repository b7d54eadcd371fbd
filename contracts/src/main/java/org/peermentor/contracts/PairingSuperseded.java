package org.peermentor.contracts;

import java.time.Instant;

/** A later round did not keep this proposal. */
public record PairingSuperseded(String eventId, Instant occurredAt, String pairingId, Pairing pairing)
        implements PairingEvent {}
