package org.peermentor.contracts;

import java.time.Instant;

/** The mentor declined; the participant waits again and this pair is never proposed again. */
public record PairingDeclined(String eventId, Instant occurredAt, String pairingId, Pairing pairing)
        implements PairingEvent {}
