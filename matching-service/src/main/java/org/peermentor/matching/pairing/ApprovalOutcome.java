package org.peermentor.matching.pairing;

import org.peermentor.service.web.ProblemException;

/**
 * What became of one pairing of a batch approval: the status, title and detail the single approval
 * ({@code POST /api/pairings/{id}/approve}) would have answered — 200 approved, 404 not found or outside the
 * program, 409 already decided.
 */
public record ApprovalOutcome(String pairingId, int status, String title, String detail) {

    static ApprovalOutcome approved(String pairingId) {
        return new ApprovalOutcome(pairingId, 200, "Approved", null);
    }

    static ApprovalOutcome refused(String pairingId, ProblemException refusal) {
        return new ApprovalOutcome(pairingId, refusal.status(), refusal.title(), refusal.getMessage());
    }

    boolean isApproved() {
        return status == 200;
    }
}
