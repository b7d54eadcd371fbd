package org.peermentor.matching.pairing;

import java.time.Instant;
import org.peermentor.contracts.PairingBuilder;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.fixtures.Pairings;

/**
 * Pairings as the store holds them, for the tests that stub {@link PairingStore}: the shared fixtures' pairing, of
 * "program" with "participant", stored now, with no mentor link unless a test gives one.
 */
final class StoredPairings {

    private StoredPairings() {}

    /** The pairing with those defaults at this status and version, for a test to change further. */
    static PairingBuilder pairing(String id, PairingStatus status, long version) {
        return Pairings.pairing()
                .id(id)
                .version(version)
                .status(status)
                .programId("program")
                .participantId("participant");
    }

    /** Stored now, without a mentor link. */
    static StoredPairing stored(PairingBuilder pairing) {
        return stored(pairing, null, null);
    }

    /** Stored now, with the mentor link's nonce and expiry. */
    static StoredPairing stored(PairingBuilder pairing, String responseNonce, Instant responseExpiresAt) {
        return StoredPairingBuilder.builder()
                .pairing(pairing.build())
                .responseNonce(responseNonce)
                .responseExpiresAt(responseExpiresAt)
                .createdAt(Instant.now())
                .updatedAt(Instant.now())
                .followUp(FollowUp.NONE)
                .build();
    }
}
