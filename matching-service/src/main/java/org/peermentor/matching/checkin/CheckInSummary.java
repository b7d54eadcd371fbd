package org.peermentor.matching.checkin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.peermentor.matching.pairing.CheckInAnswer;
import org.peermentor.matching.pairing.CheckInReply;
import org.peermentor.matching.pairing.CheckInRole;
import org.peermentor.matching.pairing.StoredPairing;

/** One check-in sent, as a manager lists it: who answered what and whether they left a note, never the note. */
record CheckInSummary(int number, List<Answer> answers) {

    record Answer(CheckInRole role, CheckInReply answer, boolean wantsNewMentor, Instant answeredAt, boolean hasNote) {}

    /** Every check-in the pairing sent, newest first, each with its answers (mentor's first). */
    static List<CheckInSummary> of(StoredPairing pairing) {
        List<CheckInAnswer> answers = pairing.followUp().answers();
        return IntStream.iterate(pairing.followUp().checkInsSent(), n -> n >= 1, n -> n - 1)
                .mapToObj(number -> new CheckInSummary(
                        number,
                        answers.stream()
                                .filter(a -> a.number() == number)
                                .sorted(Comparator.comparing(CheckInAnswer::role))
                                .map(a -> new Answer(
                                        a.role(), a.answer(), a.wantsNewMentor(), a.answeredAt(), a.note() != null))
                                .toList()))
                .toList();
    }
}
