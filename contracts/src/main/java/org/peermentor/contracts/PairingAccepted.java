package org.peermentor.contracts;

import java.time.Instant;

/** The mentor accepted; the participant is introduced to them. */
public record PairingAccepted(String eventId, Instant occurredAt, String pairingId, Pairing pairing)
        implements PairingEvent {}
