package org.peermentor.matching.waiting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Urgency;
import org.peermentor.matching.pairing.ParticipantStanding;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.round.RoundStore;
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
        Map<String, List<StoredPairing>> byParticipant =
                pairings.stream().collect(Collectors.groupingBy(p -> p.pairing().participantId()));
        return participants.stream()
                .filter(p ->
                        ParticipantStanding.of(byParticipant.getOrDefault(p.id(), List.of())) == ProfileStatus.WAITING)
                .map(p -> new WaitingParticipant(
                        p.id(),
                        p.firstName(),
                        p.primaryIssue(),
                        p.urgency() == null ? Urgency.NORMAL : p.urgency(),
                        ParticipantStanding.waitingSince(
                                p.registeredAt(), byParticipant.getOrDefault(p.id(), List.of())),
                        List.of(),
                        null))
                .sorted(ORDER)
                .skip(paging.offset())
                .limit(paging.size())
                .toList();
    }

    /**
     * Finds, for each participant of a page, the newest round since they began waiting that left them unmatched.
     * Fed rounds newest first; {@link #wants} turns false once no older round could tell anything more.
     */
    static final class Reasons {

        private final Map<String, WaitingParticipant> found = new LinkedHashMap<>();
        /** Those still without a round, the latest to start waiting first. */
        private final List<WaitingParticipant> open = new ArrayList<>();

        Reasons(List<WaitingParticipant> page) {
            page.forEach(w -> found.put(w.participantId(), w));
            open.addAll(page.stream()
                    .filter(w -> w.waitingSince() != null)
                    .sorted(Comparator.comparing(WaitingParticipant::waitingSince)
                            .reversed())
                    .toList());
        }

        /** Whether this round, or an older one, could still have listed someone not yet found. */
        boolean wants(RoundStore.UnmatchedIn round) {
            Instant started = round.startedAt();
            // a round started before someone began waiting says nothing of this wait, nor does any older one
            open.removeIf(w -> w.waitingSince().isAfter(started));
            return !open.isEmpty();
        }

        void read(RoundStore.UnmatchedIn round) {
            round.unmatched().forEach(unmatched -> {
                WaitingParticipant waiting = found.get(unmatched.participantId());
                if (waiting != null && waiting.roundId() == null && open.remove(waiting)) {
                    found.put(waiting.participantId(), waiting.withReasons(round.roundId(), unmatched.reasons()));
                }
            });
        }

        List<WaitingParticipant> page() {
            return List.copyOf(found.values());
        }
    }
}
