package org.peermentor.matching.round;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.peermentor.matching.profile.PersonKind;

/**
 * A matching round as stored: what was asked, what the solver found (with what each weighed term added to the score,
 * {@code termTotals}; null for rounds stored before it was kept), and the pairing changes it makes.
 * The changes are written with the result in one document write and applied after, so a round that crashes
 * before completing changes nothing, and one that completed is applied in full even across a restart.
 */
@RecordBuilder
public record MatchRound(
        String id,
        String programId,
        RoundStatus status,
        boolean dryRun,
        boolean automatic,
        Instant startedAt,
        Instant completedAt,
        Map<String, Integer> weights,
        String score,
        Integer matchedCount,
        Integer unmatchedCount,
        Integer maximumMatchable,
        Map<String, Long> termTotals,
        List<RoundPairing> pairings,
        List<Unmatched> unmatched,
        DryRunComparison<ChangedMentor> comparedTo,
        String failure,
        boolean autoApprove,
        List<PairingChange> changes) {

    /** Everyone of this kind a manager sees named in the round: its pairings, its unmatched and its comparison. */
    Set<String> shown(PersonKind kind) {
        boolean participants = kind == PersonKind.PARTICIPANT;
        Set<String> ids = pairedOrWaiting(participants);
        if (comparedTo != null && comparedTo.differences() != null) {
            comparedTo.differences().forEach(d -> {
                if (participants) {
                    ids.add(d.participantId());
                } else {
                    Stream.of(d.before(), d.after()).filter(Objects::nonNull).forEach(side -> ids.add(side.mentorId()));
                }
            });
        }
        ids.remove(null);
        return ids;
    }

    /** Everyone of this kind the round names: in its pairings, its unmatched list and the changes it makes. */
    public Set<String> people(PersonKind kind) {
        boolean participants = kind == PersonKind.PARTICIPANT;
        Set<String> ids = pairedOrWaiting(participants);
        changes.stream()
                .filter(PairingChange::creates)
                .forEach(c -> ids.add(
                        participants
                                ? c.proposal().participantId()
                                : c.proposal().mentorId()));
        ids.remove(null);
        return ids;
    }

    /** The participants (or mentors) of the round's pairings, and for participants those it left unmatched. */
    private Set<String> pairedOrWaiting(boolean participants) {
        Set<String> ids = new HashSet<>();
        pairings.forEach(p -> ids.add(participants ? p.participantId() : p.mentorId()));
        if (participants) {
            unmatched.forEach(u -> ids.add(u.participantId()));
        }
        return ids;
    }

    /**
     * The round without the new pairings it found it could not make when it applied them ({@code skipped}, by pairing
     * id): their participants wait, with the reason, among the unmatched.
     */
    MatchRound without(Map<String, Unmatched> skipped) {
        List<RoundPairing> made =
                pairings.stream().filter(p -> !skipped.containsKey(p.id())).toList();
        List<PairingChange> kept = changes.stream()
                .filter(c -> !c.creates() || !skipped.containsKey(c.pairingId()))
                .toList();
        List<Unmatched> waiting = new ArrayList<>(unmatched);
        waiting.addAll(skipped.values());
        int dropped = pairings.size() - made.size();
        return MatchRoundBuilder.builder(this)
                .matchedCount(matchedCount == null ? null : matchedCount - dropped)
                .unmatchedCount(unmatchedCount == null ? null : unmatchedCount + skipped.size())
                .pairings(made)
                .unmatched(List.copyOf(waiting))
                .changes(kept)
                .build();
    }

    static MatchRound solving(
            String id, String programId, boolean dryRun, boolean automatic, Instant now, Map<String, Integer> weights) {
        return MatchRoundBuilder.builder()
                .id(id)
                .programId(programId)
                .status(RoundStatus.SOLVING)
                .dryRun(dryRun)
                .automatic(automatic)
                .startedAt(now)
                .weights(weights)
                .pairings(List.of())
                .unmatched(List.of())
                .autoApprove(false)
                .changes(List.of())
                .build();
    }

    /** The round as it was while solving: what was asked, and nothing found or changed yet. */
    MatchRound asSolving() {
        return solving(id, programId, dryRun, automatic, startedAt, weights);
    }
}
