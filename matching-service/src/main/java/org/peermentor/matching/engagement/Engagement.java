package org.peermentor.matching.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.Health;
import org.peermentor.matching.pairing.PairingHealth;
import org.peermentor.matching.pairing.StoredPairing;

/**
 * Reads a program's {@link EngagementReport} from its pairings. A pair has met once either of them answers a check-in
 * with anything but "we have not met yet"; a pairing ended early when it ended less than 90 days after the mentor
 * accepted. A reason erased with a person counts as "No reason kept".
 */
final class Engagement {

    static final Duration EARLY = Duration.ofDays(90);
    static final String NO_REASON = "No reason kept";

    private Engagement() {}

    /**
     * @param emailedParticipants the participants of the program who agreed to email: only they are sent check-ins
     */
    static EngagementReport of(
            String programId, Collection<StoredPairing> pairings, Set<String> emailedParticipants, Instant now) {
        List<StoredPairing> accepted = pairings.stream()
                .filter(p -> p.status() == PairingStatus.ACCEPTED
                        || (p.status() == PairingStatus.ENDED && p.followUp().acceptedAt() != null))
                .toList();
        List<StoredPairing> active = accepted.stream()
                .filter(p -> p.status() == PairingStatus.ACCEPTED)
                .toList();
        Map<Health, Integer> health = new EnumMap<>(Health.class);
        for (Health each : Health.values()) {
            health.put(each, 0);
        }
        active.forEach(p -> health.merge(PairingHealth.of(p.status(), p.followUp()), 1, Integer::sum));
        int judged = active.size() - health.get(Health.TOO_EARLY);
        return EngagementReportBuilder.builder()
                .programId(programId)
                .generatedAt(now)
                .accepted(accepted.size())
                .active(active.size())
                .health(health)
                .onTrackShare(share(health.get(Health.ON_TRACK), judged))
                .medianDaysToFirstMeeting(median(accepted.stream()
                        .map(Engagement::daysToFirstMeeting)
                        .filter(Objects::nonNull)
                        .toList()))
                .earlyEndings(earlyEndings(accepted))
                .answerRates(new AnswerRates(
                        answerRate(accepted, CheckInRole.MENTOR, p -> true),
                        answerRate(
                                accepted,
                                CheckInRole.PARTICIPANT,
                                p -> emailedParticipants.contains(p.pairing().participantId()))))
                .build();
    }

    private static Double daysToFirstMeeting(StoredPairing pairing) {
        Instant acceptedAt = pairing.followUp().acceptedAt();
        return pairing.followUp().answers().stream()
                .filter(a -> a.answer() != CheckInReply.NOT_MET && a.answeredAt() != null)
                .map(CheckInAnswer::answeredAt)
                .min(Comparator.naturalOrder())
                .filter(met -> acceptedAt != null)
                .map(met -> Duration.between(acceptedAt, met).toMinutes() / (24.0 * 60))
                .orElse(null);
    }

    private static EarlyEndings earlyEndings(List<StoredPairing> accepted) {
        List<StoredPairing> early = accepted.stream()
                .filter(p -> p.status() == PairingStatus.ENDED
                        && p.updatedAt() != null
                        && Duration.between(p.followUp().acceptedAt(), p.updatedAt())
                                        .compareTo(EARLY)
                                < 0)
                .toList();
        Map<String, Long> byReason = early.stream()
                .map(p -> p.reason() == null || p.reason().isBlank() ? NO_REASON : p.reason())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<EndingReason> reasons = byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new EndingReason(e.getKey(), e.getValue().intValue()))
                .toList();
        return new EarlyEndings(early.size(), reasons);
    }

    private static Double answerRate(List<StoredPairing> accepted, CheckInRole role, Predicate<StoredPairing> asked) {
        List<StoredPairing> askedOnes = accepted.stream().filter(asked).toList();
        int sent = askedOnes.stream().mapToInt(p -> p.followUp().checkInsSent()).sum();
        long answered = askedOnes.stream()
                .flatMap(p -> p.followUp().answers().stream())
                .filter(a -> a.role() == role)
                .count();
        return share((int) answered, sent);
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
