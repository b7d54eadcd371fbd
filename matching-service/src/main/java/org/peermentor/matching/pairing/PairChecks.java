package org.peermentor.matching.pairing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.matching.solver.MatchingRules;
import org.peermentor.matching.solver.PairKey;
import org.peermentor.matching.solver.RuleBreach;
import org.peermentor.matching.solver.RuleContext;

/**
 * The rules H1–H8 for one pair, read against the pairings stored now rather than a round's snapshot: a pairing by
 * hand passes them, and so does a round's new proposal when the round applies it, after the program may have
 * changed under the round (a decision, a pairing by hand).
 */
public final class PairChecks {

    private PairChecks() {}

    /** Every rule the pair breaks now, given {@code pairings}: at least all pairings of the two people. */
    public static List<RuleBreach> breaches(
            ParticipantProfile participant,
            MentorProfile mentor,
            List<StoredPairing> pairings,
            int minOverlapMinutes,
            Instant now) {
        return MatchingRules.check(
                withStanding(participant, pairings), mentor, context(pairings, minOverlapMinutes, now));
    }

    static RuleContext context(List<StoredPairing> pairings, int minOverlapMinutes, Instant now) {
        return new RuleContext(now, minOverlapMinutes, forbidden(pairings), placesInUse(pairings));
    }

    /** The participant with the status their pairings give them (withdrawn stays withdrawn). */
    static ParticipantProfile withStanding(ParticipantProfile p, List<StoredPairing> pairings) {
        ProfileStatus status = p.status() == ProfileStatus.WITHDRAWN
                ? ProfileStatus.WITHDRAWN
                : ParticipantStanding.of(pairings.stream()
                        .filter(s -> s.pairing().participantId().equals(p.id()))
                        .toList());
        return p.withStatus(status);
    }

    private static Set<PairKey> forbidden(List<StoredPairing> pairings) {
        Set<PairKey> forbidden = new HashSet<>();
        for (StoredPairing s : pairings) {
            if (s.status() == PairingStatus.REJECTED
                    || s.status() == PairingStatus.DECLINED
                    || (s.status() == PairingStatus.ENDED && s.rematch())) {
                forbidden.add(
                        new PairKey(s.pairing().participantId(), s.pairing().mentorId()));
            }
        }
        return forbidden;
    }

    private static Map<String, Integer> placesInUse(List<StoredPairing> pairings) {
        Map<String, Integer> inUse = new HashMap<>();
        pairings.stream()
                .filter(s -> s.status().holdsCapacity())
                .forEach(s -> inUse.merge(s.pairing().mentorId(), 1, Integer::sum));
        return inUse;
    }
}
