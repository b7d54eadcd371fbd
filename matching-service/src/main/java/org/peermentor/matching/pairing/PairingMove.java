package org.peermentor.matching.pairing;

import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingEvent;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One pairing's move from the version read ({@code current}) to {@code next}, announced by {@code event}, with any
 * {@code extra} fields to set: what {@link PairingStore#updateAll} takes for each pairing.
 */
public record PairingMove(StoredPairing current, Pairing next, PairingEvent event, Update extra) {}
