package org.peermentor.matching.waiting;

import java.util.Comparator;
import java.util.List;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Urgency;
import org.peermentor.matching.pairing.Standings;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.service.web.Paging;

/** The waiting list put together in memory from the program's participants, pairings and rounds. */
final class WaitingList {

    /** HIGH urgency first, then the longest waiting, then by id so pages never overlap. */
    static final Comparator<WaitingParticipant> ORDER = Comparator.comparing(
                    (WaitingParticipant w) -> w.urgency() == Urgency.HIGH ? 0 : 1)
            .thenComparing(WaitingParticipant::waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WaitingParticipant::participantId);

    private WaitingList() {}

    /** One page of the program's WAITING participants (none proposed or paired), without their reasons yet. */
    static List<WaitingParticipant> page(
            List<ParticipantProfile> participants, List<StoredPairing> pairings, Paging paging) {
        Standings standings = Standings.of(pairings);
        return participants.stream()
                .filter(p -> standings.status(p) == ProfileStatus.WAITING)
                .map(p -> new WaitingParticipant(
                        p.id(),
                        p.firstName(),
                        p.primaryIssue(),
                        p.urgency() == null ? Urgency.NORMAL : p.urgency(),
                        standings.waitingSince(p),
                        List.of(),
                        null))
                .sorted(ORDER)
                .skip(paging.offset())
                .limit(paging.size())
                .toList();
    }
}
