package org.peermentor.console.pairings;

import java.util.List;
import org.peermentor.console.services.CheckIn;
import org.peermentor.console.services.CheckInAnswer;

/**
 * A pairing's check-ins as its page shows them, newest first; {@code loaded} is false when the matching service could
 * not give them just now (the page still opens and says so).
 */
public record CheckInsView(List<CheckIn> checkIns, boolean loaded) {

    public CheckInsView {
        checkIns = List.copyOf(checkIns);
    }

    static CheckInsView of(List<CheckIn> checkIns) {
        return new CheckInsView(checkIns, true);
    }

    static CheckInsView unavailable() {
        return new CheckInsView(List.of(), false);
    }

    /** The newest check-in in which the participant asked for a new mentor, or null when they never did. */
    public Integer newMentorAskedIn() {
        return checkIns.stream()
                .filter(checkIn -> {
                    CheckInAnswer participant = checkIn.of("PARTICIPANT");
                    return participant != null && participant.wantsNewMentor();
                })
                .map(CheckIn::number)
                .max(Integer::compare)
                .orElse(null);
    }
}
