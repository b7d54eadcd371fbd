package org.peermentor.console.services;

import java.util.Map;

/**
 * How a program matches and follows its pairings (the matching service's settings): a change applies to the next
 * round. {@code reminderAfter} and the check-in schedule are ISO-8601 durations ({@code P3D}); an older service may
 * leave them out (null).
 */
public record Settings(
        String programId,
        int minOverlapMinutes,
        boolean autoApprove,
        int settleTimeSeconds,
        Map<String, Integer> weights,
        String reminderAfter,
        CheckIns checkIns,
        Boolean rematchOnNewMentorRequest) {

    public Settings {
        checkIns = checkIns == null ? new CheckIns(null, null) : checkIns;
    }

    /** When the first check-in goes after a pairing is accepted, and how often the next ones follow. */
    public record CheckIns(String firstAfter, String every) {}
}
