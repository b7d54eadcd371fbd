package org.peermentor.matching.pairing;

import java.time.Instant;
import java.util.Collection;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;

/**
 * A participant's status follows their pairings: MATCHED while one is approved or accepted (or ended without
 * a rematch: they were helped), PROPOSED while one awaits review, otherwise WAITING.
 */
public final class ParticipantStanding {

    private ParticipantStanding() {}

    public static ProfileStatus of(Collection<StoredPairing> pairings) {
        boolean proposed = false;
        for (StoredPairing pairing : pairings) {
            if (matchesAlone(pairing.status(), pairing.rematch())) {
                return ProfileStatus.MATCHED;
            }
            proposed |= pairing.status() == PairingStatus.PROPOSED;
        }
        return proposed ? ProfileStatus.PROPOSED : ProfileStatus.WAITING;
    }

    /**
     * Whether a pairing in this status makes its participant MATCHED whatever their other pairings are (approved,
     * accepted, or ended without a rematch), so a change to it needs no look at the others.
     */
    public static boolean matchesAlone(PairingStatus status, boolean rematch) {
        return status == PairingStatus.APPROVED
                || status == PairingStatus.ACCEPTED
                || (status == PairingStatus.ENDED && !rematch);
    }

    /**
     * When the participant last started waiting: their registration, or the latest pairing of theirs that sent them
     * back (rejected, declined, superseded, expired, or ended with a rematch) if later. Null when neither is known.
     */
    public static Instant waitingSince(Instant registeredAt, Collection<StoredPairing> pairings) {
        Instant since = registeredAt;
        for (StoredPairing pairing : pairings) {
            if (sentBack(pairing)
                    && pairing.updatedAt() != null
                    && (since == null || pairing.updatedAt().isAfter(since))) {
                since = pairing.updatedAt();
            }
        }
        return since;
    }

    private static boolean sentBack(StoredPairing pairing) {
        return switch (pairing.status()) {
            case REJECTED, DECLINED, SUPERSEDED, EXPIRED -> true;
            case ENDED -> pairing.rematch();
            default -> false;
        };
    }

    /** Waiting or proposed: the people a round plans for (rule H1). */
    public static boolean placeable(ProfileStatus status) {
        return status == ProfileStatus.WAITING || status == ProfileStatus.PROPOSED;
    }
}
