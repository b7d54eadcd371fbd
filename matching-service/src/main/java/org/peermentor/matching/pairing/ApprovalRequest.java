package org.peermentor.matching.pairing;

import java.util.List;

/** {@code POST /api/programs/{programId}/pairings/approve}: the proposals to approve, one to {@link BatchApproval#MOST}. */
public record ApprovalRequest(List<String> pairingIds) {}
