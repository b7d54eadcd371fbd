package org.peermentor.matching.pairing;

import org.peermentor.contracts.PairingStatus;
import org.peermentor.service.web.ProblemException;

/** The 409 for a move the pairing's status forbids, worded for what the caller was trying to do. */
final class MoveRefusal {

    private MoveRefusal() {}

    /**
     * A move the pairing's status forbids. A decision on a proposal that someone decided first (another manager, the
     * round that replaced it) says so, so the one who lost the race knows what happened.
     */
    static ProblemException of(PairingStatus current, PairingStatus from, PairingStatus to) {
        if (from == to) {
            return ProblemException.conflict(
                    "Not awaiting the mentor",
                    "The pairing is " + current + "; only a request still awaiting the mentor's answer (" + to
                            + ") can be sent a fresh link.");
        }
        if (from == PairingStatus.PROPOSED) {
            return ProblemException.conflict(
                    "Already decided",
                    "This proposal was already "
                            + switch (current) {
                                case APPROVED -> "approved";
                                case REJECTED -> "rejected";
                                case SUPERSEDED -> "replaced by a later round's proposal";
                                case ACCEPTED -> "approved, and the mentor has accepted";
                                case DECLINED -> "approved, and the mentor has declined";
                                case ENDED -> "approved, and the pairing has since ended";
                                case EXPIRED -> "approved, and the mentor's link has since expired";
                                case PROPOSED -> "changed";
                            }
                            + "; it cannot become " + to + ".");
        }
        return ProblemException.conflict(
                "Not allowed now", "The pairing is " + current + "; it cannot become " + to + ".");
    }
}
