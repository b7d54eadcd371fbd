package org.peermentor.matching.pairing;

/**
 * How an accepted pairing is doing, from its check-ins: too early to tell, on track, needing the manager's attention
 * (a "not a good fit", "not sure" twice, or a request for a new mentor), or quiet (the last two check-ins unanswered).
 */
public enum Health {
    TOO_EARLY,
    ON_TRACK,
    NEEDS_ATTENTION,
    QUIET
}
