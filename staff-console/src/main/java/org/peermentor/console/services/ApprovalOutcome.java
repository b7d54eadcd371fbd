package org.peermentor.console.services;

import java.util.List;

/**
 * What became of one proposal of a batch approval, as the matching service answers it: the status, title and detail
 * approving it alone would have answered (200 approved; 404, 409 refused).
 */
public record ApprovalOutcome(String pairingId, int status, String title, String detail) {

    public boolean approved() {
        return status == 200;
    }

    /** A refusal as the single approval's error answer would have been. */
    public ServiceFailure failure() {
        return new ServiceFailure(status, new Problem(status, title, detail, List.of()));
    }
}
