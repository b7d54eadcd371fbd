package org.peermentor.contracts;

import java.time.Instant;

/** The pairing ended; with {@code rematch} the participant waits again and this pair is never proposed again. */
public record PairingEnded(
        String eventId, Instant occurredAt, String pairingId, Pairing pairing, String reason, boolean rematch)
        implements PairingEvent {}
