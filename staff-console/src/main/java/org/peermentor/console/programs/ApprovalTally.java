package org.peermentor.console.programs;

import java.util.List;
import org.peermentor.console.pairings.Notice;

/** What "approve selected" came to: how many were approved, and a line for each that was not. */
record ApprovalTally(long approved, List<String> failures) {

    /** "Approved 2 of 3 selected proposals.", followed by the lines of those not approved when there are any. */
    Notice notice() {
        String approved =
                "Approved " + approved() + " of " + (approved() + failures().size()) + " selected proposal"
                        + (approved() + failures().size() == 1 ? "." : "s.");
        return failures().isEmpty() ? Notice.done(approved) : Notice.refused(approved + " Not approved:", failures());
    }
}
