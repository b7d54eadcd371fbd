package org.peermentor.matching.pairing;

import java.util.List;

/** The answer to a batch approval: how many were approved, and one outcome per distinct id, in the order asked. */
public record ApprovalOutcomes(long approved, List<ApprovalOutcome> outcomes) {

    static ApprovalOutcomes of(List<ApprovalOutcome> outcomes) {
        return new ApprovalOutcomes(
                outcomes.stream().filter(ApprovalOutcome::isApproved).count(), outcomes);
    }
}
