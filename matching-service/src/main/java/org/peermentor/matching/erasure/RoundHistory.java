package org.peermentor.matching.erasure;

import org.peermentor.matching.profile.PersonKind;
import reactor.core.publisher.Mono;

/**
 * The stored rounds, as erasure needs them: the round store implements this, so erasure, which rounds use to sweep
 * people erased while a round was solving, need not import the round package back.
 */
public interface RoundHistory {

    /** Every stored round naming the person names {@code erased} instead; emits how many rounds changed. */
    Mono<Long> anonymise(PersonKind kind, String personId, String erased);
}
