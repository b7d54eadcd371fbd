package org.peermentor.matching.pairing;

import org.peermentor.service.web.ProblemException;

/**
 * The one 403 every emailed link gets when it no longer works, mentor link and check-in link alike: a reused,
 * expired or altered link is refused in the same words, so the answer tells nobody which it was.
 */
public final class LinkRefusal {

    private LinkRefusal() {}

    public static ProblemException notValid() {
        return new ProblemException(
                403,
                "Link not valid",
                "This link is not valid: it may have been used already, have expired, or have been altered.");
    }
}
