package org.peermentor.matching.waiting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peermentor.matching.round.UnmatchedIn;

/**
 * Finds, for each participant of a page, the newest round since they began waiting that left them unmatched.
 * Fed rounds newest first; {@link #wants} turns false once no older round could tell anything more.
 */
final class WaitingReasons {

    private final Map<String, WaitingParticipant> found = new LinkedHashMap<>();
    /** Those still without a round, the latest to start waiting first. */
    private final List<WaitingParticipant> open = new ArrayList<>();

    WaitingReasons(List<WaitingParticipant> page) {
        page.forEach(w -> found.put(w.participantId(), w));
        open.addAll(page.stream()
                .filter(w -> w.waitingSince() != null)
                .sorted(Comparator.comparing(WaitingParticipant::waitingSince).reversed())
                .toList());
    }

    /** Whether this round, or an older one, could still have listed someone not yet found. */
    boolean wants(UnmatchedIn round) {
        Instant started = round.startedAt();
        // a round started before someone began waiting says nothing of this wait, nor does any older one
        open.removeIf(w -> w.waitingSince().isAfter(started));
        return !open.isEmpty();
    }

    void read(UnmatchedIn round) {
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
