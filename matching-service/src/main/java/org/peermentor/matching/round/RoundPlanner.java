package org.peermentor.matching.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.Pairing;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.matching.pairing.NewPairing;
import org.peermentor.matching.pairing.ParticipantStanding;
import org.peermentor.matching.pairing.Standings;
import org.peermentor.matching.pairing.StoredPairing;
import org.peermentor.matching.settings.ProgramSettings;
import org.peermentor.matching.solver.FixedPairing;
import org.peermentor.matching.solver.MatchingProblem;
import org.peermentor.matching.solver.MatchingResult;
import org.peermentor.matching.solver.PairKey;
import org.peermentor.matching.solver.ProposedPairing;

/**
 * Turns the program's current state into a solver problem, and the solver's result into the round's
 * pairings and changes: a proposal the round keeps keeps its id, a new one gets one, and an open proposal the
 * round does not keep is superseded. Approved and accepted pairings are fixed; rejected, declined and
 * rematched pairs are never proposed again. An expired request's pair may be: its mentor never said no.
 */
final class RoundPlanner {

    private RoundPlanner() {}

    static MatchingProblem problem(
            String programId, ProgramSnapshot snapshot, Map<String, Integer> weights, Instant now) {
        Standings standings = Standings.of(snapshot.pairings());
        List<ParticipantProfile> placeable = new ArrayList<>();
        for (ParticipantProfile participant : snapshot.participants()) {
            ProfileStatus standing = standings.status(participant);
            if (ParticipantStanding.placeable(standing)) {
                placeable.add(participant.withStatus(standing));
            }
        }
        List<FixedPairing> fixed = new ArrayList<>();
        Set<PairKey> forbidden = new HashSet<>();
        for (StoredPairing stored : snapshot.pairings()) {
            Pairing p = stored.pairing();
            switch (stored.status()) {
                case APPROVED, ACCEPTED -> fixed.add(new FixedPairing(p.participantId(), p.mentorId()));
                case REJECTED, DECLINED -> forbidden.add(new PairKey(p.participantId(), p.mentorId()));
                case ENDED -> {
                    if (stored.rematch()) {
                        forbidden.add(new PairKey(p.participantId(), p.mentorId()));
                    }
                }
                default -> {} // PROPOSED, SUPERSEDED, EXPIRED: neither fixed nor forbidden
            }
        }
        return new MatchingProblem(
                programId,
                now,
                snapshot.settings().minOverlapMinutes(),
                weights,
                placeable,
                snapshot.mentors(),
                fixed,
                forbidden);
    }

    /** The round's pairings and changes, for a real round. */
    static MatchRound outcome(
            MatchRound solving, MatchingResult result, ProgramSnapshot snapshot, boolean autoApprove, Instant now) {
        Map<PairKey, StoredPairing> open = new LinkedHashMap<>();
        for (StoredPairing stored : snapshot.pairings()) {
            if (stored.status() == PairingStatus.PROPOSED) {
                open.put(
                        new PairKey(
                                stored.pairing().participantId(),
                                stored.pairing().mentorId()),
                        stored);
            }
        }
        List<RoundPairing> pairings = new ArrayList<>();
        List<PairingChange> changes = new ArrayList<>();
        Set<PairKey> kept = new HashSet<>();
        for (ProposedPairing proposal : result.pairings()) {
            PairKey key = new PairKey(proposal.participantId(), proposal.mentorId());
            StoredPairing existing = open.get(key);
            String id;
            PairingStatus shown;
            if (existing != null) {
                kept.add(key);
                id = existing.id();
                shown = PairingStatus.PROPOSED;
            } else {
                Pairing created = NewPairing.of(solving.programId(), proposal)
                        .status(PairingStatus.PROPOSED)
                        .roundId(solving.id())
                        .participantStatus(ProfileStatus.PROPOSED)
                        .build();
                id = created.id();
                changes.add(new PairingChange(id, created));
                shown = autoApprove ? PairingStatus.APPROVED : PairingStatus.PROPOSED;
            }
            pairings.add(
                    new RoundPairing(id, key.participantId(), key.mentorId(), shown.name(), proposal.explanation()));
        }
        open.forEach((key, stored) -> {
            if (!kept.contains(key)) {
                changes.add(0, new PairingChange(stored.id(), null)); // supersede before proposing anew
            }
        });
        return completed(solving, result, pairings, null, autoApprove, changes, now);
    }

    /** A dry run's result, beside the last real round, changing nothing. */
    static MatchRound dryRunOutcome(MatchRound solving, MatchingResult result, MatchRound lastReal, Instant now) {
        List<RoundPairing> pairings = result.pairings().stream()
                .map(p -> new RoundPairing(null, p.participantId(), p.mentorId(), "DRY_RUN", p.explanation()))
                .toList();
        DryRunComparison<ChangedMentor> comparison = lastReal == null
                ? null
                : new DryRunComparison<>(
                        lastReal.id(),
                        lastReal.score(),
                        lastReal.matchedCount(),
                        lastReal.unmatchedCount(),
                        lastReal.termTotals(),
                        ChangedMentor.between(result, lastReal));
        return completed(solving, result, pairings, comparison, false, List.of(), now);
    }

    private static MatchRound completed(
            MatchRound solving,
            MatchingResult result,
            List<RoundPairing> pairings,
            DryRunComparison<ChangedMentor> comparison,
            boolean autoApprove,
            List<PairingChange> changes,
            Instant now) {
        List<Unmatched> unmatched = result.unmatched().stream()
                .map(u -> new Unmatched(u.participantId(), u.reasons()))
                .toList();
        return MatchRoundBuilder.builder(solving)
                .status(RoundStatus.COMPLETED)
                .completedAt(now)
                .score(result.score())
                .matchedCount(result.matchedCount())
                .unmatchedCount(unmatched.size())
                .maximumMatchable(result.maximumMatchable())
                .termTotals(result.termTotals())
                .pairings(pairings)
                .unmatched(unmatched)
                .comparedTo(comparison)
                .failure(null)
                .autoApprove(autoApprove)
                .changes(changes)
                .build();
    }

    /** The round failed at {@code now}, for {@code why}, having found and changed nothing. */
    static MatchRound failed(MatchRound solving, String why, Instant now) {
        return MatchRoundBuilder.builder(solving.asSolving())
                .status(RoundStatus.FAILED)
                .completedAt(now)
                .failure(why)
                .build();
    }

    static Map<String, Integer> weights(ProgramSettings settings, Map<String, Integer> requested) {
        Map<String, Integer> weights = new HashMap<>(settings.weights());
        if (requested != null) {
            weights.putAll(requested);
        }
        return weights;
    }
}
