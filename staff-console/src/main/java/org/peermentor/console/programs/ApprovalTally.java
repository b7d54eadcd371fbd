package org.peermentor.console.programs;

import java.util.List;

/** What "approve selected" came to: how many were approved, and a line for each that was not. */
record ApprovalTally(long approved, List<String> failures) {}
