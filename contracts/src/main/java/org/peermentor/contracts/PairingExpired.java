package org.peermentor.contracts;

import java.time.Instant;

/**
 * The mentor's link expired before they answered: the pairing is {@code EXPIRED}, the mentor's place is free again
 * and the participant waits again. Unlike a decline, the same pair may be proposed again by a later round.
 */
public record PairingExpired(String eventId, Instant occurredAt, String pairingId, Pairing pairing)
        implements PairingEvent {}
