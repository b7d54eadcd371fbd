package org.peermentor.matching.report;

import java.time.Instant;
import java.util.List;

/**
 * Supply and demand of one program: who waits, for how long, and how many mentor places are free. {@code waitingTimes}
 * counts the waiting by how long since they began waiting, always in the same four bands, empty ones included.
 */
public record SupplyReport(
        String programId,
        Instant generatedAt,
        int waiting,
        int freeMentorPlaces,
        List<Line> byIssue,
        List<Line> byLanguage,
        List<WaitingTime> waitingTimes) {

    /** One band of waiting time and how many wait that long. */
    public record WaitingTime(String key, String label, int count) {}

    /** One issue or language: participants waiting, their median and longest wait in hours, free places. */
    public record Line(String key, int waiting, long medianWaitHours, long longestWaitHours, int freeMentorPlaces) {}
}
