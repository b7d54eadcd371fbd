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
        List<SupplyLine> byIssue,
        List<SupplyLine> byLanguage,
        List<WaitingTime> waitingTimes) {}
