package org.peermentor.matching.pairing;

import java.util.Collection;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ProfileStatus;

/**
 * A participant's status follows their pairings: MATCHED while one is approved or accepted (or ended without
 * a rematch: they were helped), PROPOSED while one awaits review, otherwise WAITING.
 */
public final class ParticipantStanding {

    private ParticipantStanding() {
    }

    public static ProfileStatus of(Collection<StoredPairing> pairings) {
        boolean proposed = false;
        for (StoredPairing pairing : pairings) {
            PairingStatus status = pairing.status();
            if (status == PairingStatus.APPROVED || status == PairingStatus.ACCEPTED
                    || (status == PairingStatus.ENDED && !pairing.rematch())) {
                return ProfileStatus.MATCHED;
            }
            proposed |= status == PairingStatus.PROPOSED;
        }
        return proposed ? ProfileStatus.PROPOSED : ProfileStatus.WAITING;
    }

    /** Waiting or proposed: the people a round plans for (rule H1). */
    public static boolean placeable(ProfileStatus status) {
        return status == ProfileStatus.WAITING || status == ProfileStatus.PROPOSED;
    }
}
