package org.peermentor.matching.engagement;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.StoredPairing;

/** Pairings that ended within 90 days of acceptance, with each reason given and how often. */
public record EarlyEndings(int count, List<EndingReason> reasons) {

    /** Of these accepted pairings, those that ended early, their reasons the most frequent first. */
    static EarlyEndings of(List<StoredPairing> accepted) {
        List<StoredPairing> early = accepted.stream()
                .filter(p -> p.status() == PairingStatus.ENDED
                        && p.updatedAt() != null
                        && Duration.between(p.followUp().acceptedAt(), p.updatedAt())
                                        .compareTo(Engagement.EARLY)
                                < 0)
                .toList();
        Map<String, Long> byReason = early.stream()
                .map(p -> p.reason() == null || p.reason().isBlank() ? Engagement.NO_REASON : p.reason())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<EndingReason> reasons = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new EndingReason(e.getKey(), e.getValue().intValue()))
                .toList();
        return new EarlyEndings(early.size(), reasons);
    }
}
