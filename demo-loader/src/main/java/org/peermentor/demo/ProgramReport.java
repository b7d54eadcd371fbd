package org.peermentor.demo;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * One program after the demo load, as {@link DemoReport} reads it back from the services.
 *
 * @param created people registered by this load (0 when everyone was already there)
 * @param matched participants in an approved or accepted pairing
 * @param proposed participants whose proposal awaits a program manager's review
 * @param waiting participants with no pairing
 * @param waitingWhy per rule of the contract (H3, H8, ...), how many of the round's unmatched it kept out, and one example
 */
@RecordBuilder
public record ProgramReport(
        String id,
        int participants,
        int mentors,
        int created,
        String roundId,
        int matched,
        int proposed,
        int waiting,
        int emailsSent,
        Map<String, Why> waitingWhy) {

    /** How many of a round's unmatched one rule kept out, and the reason given to one of them. */
    public record Why(int count, String example) {}
}
