package org.peermentor.contracts;

import java.time.Instant;

/** A program manager rejected the proposal; this pair is never proposed again. */
public record PairingRejected(String eventId, Instant occurredAt, String pairingId, Pairing pairing, String reason)
        implements PairingEvent {}
