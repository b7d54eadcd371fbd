package org.peermentor.matching.audit;

import reactor.core.publisher.Mono;

/**
 * Which program a pairing is in, so a pairing's trail outside the caller's programs is a 404 as the pairing itself
 * would be. The pairing store implements it: pairings, rounds and settings record their actions here, so audit
 * must not import the pairing package back.
 */
public interface PairingPrograms {

    /** The program of the pairing; a 404 problem when no such pairing is stored. */
    Mono<String> programOf(String pairingId);
}
