package org.peermentor.matching.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInReply;
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
                .onTrackShare(Figures.share(health.get(Health.ON_TRACK), judged))
                .medianDaysToFirstMeeting(Figures.median(accepted.stream()
                        .map(Engagement::daysToFirstMeeting)
                        .filter(Objects::nonNull)
                        .toList()))
                .earlyEndings(EarlyEndings.of(accepted))
                .answerRates(AnswerRates.of(accepted, emailedParticipants))
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
}
