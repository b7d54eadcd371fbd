package org.peermentor.matching.round;

import org.peermentor.contracts.Pairing;

/** A pairing a round creates ({@code proposal} set) or supersedes. */
public record PairingChange(String pairingId, Pairing proposal) {

    boolean creates() {
        return proposal != null;
    }
}
