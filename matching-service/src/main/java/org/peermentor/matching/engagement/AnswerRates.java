package org.peermentor.matching.engagement;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.StoredPairing;

/** Of the check-ins sent to mentors, and to participants who agreed to email, the share answered. */
public record AnswerRates(Double mentor, Double participant) {

    /** The rates over these accepted pairings; only {@code emailedParticipants} are sent check-ins. */
    static AnswerRates of(List<StoredPairing> accepted, Set<String> emailedParticipants) {
        return new AnswerRates(
                rate(accepted, CheckInRole.MENTOR, p -> true),
                rate(
                        accepted,
                        CheckInRole.PARTICIPANT,
                        p -> emailedParticipants.contains(p.pairing().participantId())));
    }

    private static Double rate(List<StoredPairing> accepted, CheckInRole role, Predicate<StoredPairing> asked) {
        List<StoredPairing> askedOnes = accepted.stream().filter(asked).toList();
        int sent = askedOnes.stream().mapToInt(p -> p.followUp().checkInsSent()).sum();
        long answered = askedOnes.stream()
                .flatMap(p -> p.followUp().answers().stream())
                .filter(a -> a.role() == role)
                .count();
        return Figures.share((int) answered, sent);
    }
}
