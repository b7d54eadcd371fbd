package org.peermentor.matching.pairing;

import org.peermentor.matching.profile.PersonKind;
import reactor.core.publisher.Flux;

/**
 * The one door through which a person's leaving reaches their pairings: a withdrawal (the profile feed) and an
 * erasure both come through here, so the rest of the pairing lifecycle stays out of their reach.
 */
public interface Departures {

    /** Brings each of the person's open pairings to the end the lifecycle allows; emits the pairings it changed. */
    Flux<StoredPairing> personLeft(PersonKind kind, String personId);
}
