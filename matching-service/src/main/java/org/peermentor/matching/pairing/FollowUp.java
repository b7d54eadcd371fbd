package org.peermentor.matching.pairing;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;

/**
 * What a pairing's document keeps of its life after approval: when the mentor's link was issued and whether the
 * mentor was reminded, when the mentor accepted, when the next check-in is due, how many were sent, and the answers.
 * Every due time is stored, so a restart loses none of them.
 */
@RecordBuilder
public record FollowUp(
        Instant linkIssuedAt,
        boolean reminded,
        Instant acceptedAt,
        Instant nextCheckInAt,
        int checkInsSent,
        List<CheckInAnswer> answers) {

    /** A pairing with no follow-up yet: proposed, or stored before follow-ups existed. */
    public static final FollowUp NONE = new FollowUp(null, false, null, null, 0, List.of());

    public FollowUp {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
