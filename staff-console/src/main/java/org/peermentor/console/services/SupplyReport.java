package org.peermentor.console.services;

import java.time.Instant;
import java.util.List;

/**
 * Supply and demand of one program: who waits per issue and per language, for how long, against the free mentor
 * places; {@code waitingTimes} counts the waiting participants by how long they have waited.
 */
public record SupplyReport(
        Instant generatedAt,
        int waiting,
        int freeMentorPlaces,
        List<SupplyLine> byIssue,
        List<SupplyLine> byLanguage,
        List<WaitingBand> waitingTimes) {

    public SupplyReport {
        byIssue = byIssue == null ? List.of() : List.copyOf(byIssue);
        byLanguage = byLanguage == null ? List.of() : List.copyOf(byLanguage);
        waitingTimes = waitingTimes == null ? List.of() : List.copyOf(waitingTimes);
    }
}
