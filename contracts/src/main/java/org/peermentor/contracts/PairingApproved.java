package org.peermentor.contracts;

import java.time.Instant;

/**
 * A program manager (or auto-approval) approved the pairing; the mentor is asked to accept or decline
 * through a link carrying {@code mentorResponseToken}, valid until {@code responseTokenExpiresAt}.
 */
public record PairingApproved(
        String eventId,
        Instant occurredAt,
        String pairingId,
        Pairing pairing,
        String mentorResponseToken,
        Instant responseTokenExpiresAt)
        implements PairingEvent {}
