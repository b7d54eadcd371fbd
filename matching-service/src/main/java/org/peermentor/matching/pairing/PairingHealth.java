package org.peermentor.matching.pairing;

import java.util.List;
import org.peermentor.contracts.PairingStatus;

/**
 * A pairing's {@link Health}, read from its check-ins alone. A concern outweighs silence: one "not a good fit", a
 * request for a new mentor, or "not sure" twice (from either person, over the pairing's life) needs attention even
 * when the last check-ins went unanswered. Two check-ins in a row without any answer is quiet. Until someone has
 * answered, and while fewer than two check-ins went out, it is too early to tell.
 */
public final class PairingHealth {

    private PairingHealth() {}

    /** Null for a pairing that is not (or no longer) accepted: health is the life of an ongoing mentorship. */
    public static Health of(PairingStatus status, FollowUp followUp) {
        if (status != PairingStatus.ACCEPTED) {
            return null;
        }
        List<CheckInAnswer> answers = followUp.answers();
        long notSure = answers.stream()
                .filter(a -> a.answer() == CheckInReply.NOT_SURE)
                .count();
        boolean concern = notSure >= 2
                || answers.stream().anyMatch(a -> a.answer() == CheckInReply.NOT_A_FIT || a.wantsNewMentor());
        if (concern) {
            return Health.NEEDS_ATTENTION;
        }
        int sent = followUp.checkInsSent();
        if (sent >= 2 && unanswered(answers, sent) && unanswered(answers, sent - 1)) {
            return Health.QUIET;
        }
        return answers.isEmpty() ? Health.TOO_EARLY : Health.ON_TRACK;
    }

    private static boolean unanswered(List<CheckInAnswer> answers, int number) {
        return answers.stream().noneMatch(a -> a.number() == number);
    }
}
