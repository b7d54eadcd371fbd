package org.peermentor.contracts;

import java.time.Instant;

/** A round proposed this pairing; a program manager reviews it (or auto-approval approves it at once). */
public record PairingProposed(String eventId, Instant occurredAt, String pairingId, Pairing pairing)
        implements PairingEvent {}
