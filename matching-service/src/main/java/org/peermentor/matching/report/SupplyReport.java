package org.peermentor.matching.report;

import java.time.Instant;
import java.util.List;

/** Supply and demand of one program: who waits, for how long, and how many mentor places are free. */
public record SupplyReport(String programId, Instant generatedAt, int waiting, int freeMentorPlaces,
                           List<Line> byIssue, List<Line> byLanguage) {

    /** One issue or language: participants waiting, their median and longest wait in hours, free places. */
    public record Line(String key, int waiting, long medianWaitHours, long longestWaitHours, int freeMentorPlaces) {
    }
}
