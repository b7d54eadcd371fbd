package org.peermentor.matching.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Urgency;

/** What placing a participant earns in priority: their urgency and the days they have waited, weighted. */
final class Priority {

    private Priority() {}

    /** The urgency term and the waiting term (days up to {@link Placement#WAITING_CAP_DAYS}) under {@code weights}. */
    static long of(boolean highUrgency, int priorityWaitingDays, Map<String, Integer> weights) {
        long urgency = highUrgency ? WeightTerm.URGENCY.of(weights) : 0;
        return urgency + (long) WeightTerm.WAITING_TIME.of(weights) * priorityWaitingDays;
    }

    static Urgency urgency(ParticipantProfile profile) {
        return profile.urgency() == null ? Urgency.NORMAL : profile.urgency();
    }

    /** Whole days from registration to {@code now}; 0 without a registration time or for one in the future. */
    static int waitingDays(ParticipantProfile profile, Instant now) {
        Instant registeredAt = profile.registeredAt();
        if (registeredAt == null || registeredAt.isAfter(now)) {
            return 0;
        }
        return (int)
                Math.min(Integer.MAX_VALUE, Duration.between(registeredAt, now).toDays());
    }
}
