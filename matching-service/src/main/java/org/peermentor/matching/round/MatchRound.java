package org.peermentor.matching.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.peermentor.contracts.Pairing;
import org.peermentor.matching.profile.PersonKind;

/**
 * A matching round as stored: what was asked, what the solver found (with what each weighed term added to the score,
 * {@code termTotals}; null for rounds stored before it was kept), and the pairing changes it makes.
 * The changes are written with the result in one document write and applied after, so a round that crashes
 * before completing changes nothing, and one that completed is applied in full even across a restart.
 */
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
        Comparison comparedTo,
        String failure,
        boolean autoApprove,
        List<Change> changes) {

    public enum RoundStatus { SOLVING, COMPLETED, FAILED }

    public record RoundPairing(String id, String participantId, String mentorId, String status, List<String> explanation) {
    }

    public record Unmatched(String participantId, List<String> reasons) {
    }

    /**
     * For a dry run: the last real round, to compare against, and each participant of the dry run whose mentor it
     * changes. Ids only: first names are looked up when it is shown, so an erasure leaves none behind here.
     */
    public record Comparison(String roundId, String score, Integer matchedCount, Integer unmatchedCount,
                             Map<String, Long> termTotals, List<Difference> differences) {
    }

    /** A participant's mentor before (the last real round) and after (the dry run); null when unmatched there. */
    public record Difference(String participantId, Side before, Side after) {
    }

    /** One side of a {@link Difference}: the mentor and why, as that round explained it. */
    public record Side(String mentorId, List<String> explanation) {
    }

    /** A pairing the round creates ({@code proposal} set) or supersedes. */
    public record Change(String pairingId, Pairing proposal) {
        boolean creates() {
            return proposal != null;
        }
    }

    /** Everyone of this kind a manager sees named in the round: its pairings, its unmatched and its comparison. */
    Set<String> shown(PersonKind kind) {
        boolean participants = kind == PersonKind.PARTICIPANT;
        Set<String> ids = new HashSet<>();
        pairings.forEach(p -> ids.add(participants ? p.participantId() : p.mentorId()));
        if (participants) {
            unmatched.forEach(u -> ids.add(u.participantId()));
        }
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
        Set<String> ids = new HashSet<>();
        pairings.forEach(p -> ids.add(participants ? p.participantId() : p.mentorId()));
        if (participants) {
            unmatched.forEach(u -> ids.add(u.participantId()));
        }
        changes.stream().filter(Change::creates)
                .forEach(c -> ids.add(participants ? c.proposal().participantId() : c.proposal().mentorId()));
        ids.remove(null);
        return ids;
    }

    /**
     * The round without the new pairings it found it could not make when it applied them ({@code skipped}, by pairing
     * id): their participants wait, with the reason, among the unmatched.
     */
    MatchRound without(Map<String, Unmatched> skipped) {
        List<RoundPairing> made = pairings.stream().filter(p -> !skipped.containsKey(p.id())).toList();
        List<Change> kept = changes.stream().filter(c -> !c.creates() || !skipped.containsKey(c.pairingId())).toList();
        List<Unmatched> waiting = new ArrayList<>(unmatched);
        waiting.addAll(skipped.values());
        int dropped = pairings.size() - made.size();
        return toBuilder()
                .matchedCount(matchedCount == null ? null : matchedCount - dropped)
                .unmatchedCount(unmatchedCount == null ? null : unmatchedCount + skipped.size())
                .pairings(made)
                .unmatched(List.copyOf(waiting))
                .changes(kept)
                .build();
    }

    static MatchRound solving(String id, String programId, boolean dryRun, boolean automatic, Instant now,
                              Map<String, Integer> weights) {
        return builder().id(id).programId(programId).status(RoundStatus.SOLVING).dryRun(dryRun).automatic(automatic)
                .startedAt(now).weights(weights).pairings(List.of()).unmatched(List.of()).autoApprove(false)
                .changes(List.of()).build();
    }

    /** A builder holding this round's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .programId(programId)
                .status(status)
                .dryRun(dryRun)
                .automatic(automatic)
                .startedAt(startedAt)
                .completedAt(completedAt)
                .weights(weights)
                .score(score)
                .matchedCount(matchedCount)
                .unmatchedCount(unmatchedCount)
                .maximumMatchable(maximumMatchable)
                .termTotals(termTotals)
                .pairings(pairings)
                .unmatched(unmatched)
                .comparedTo(comparedTo)
                .failure(failure)
                .autoApprove(autoApprove)
                .changes(changes);
    }

    /** An empty builder: every value unset (null, zero or false) until given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MatchRound} by naming each value, instead of a 19-argument constructor call. */
    public static final class Builder {

        private String id;
        private String programId;
        private RoundStatus status;
        private boolean dryRun;
        private boolean automatic;
        private Instant startedAt;
        private Instant completedAt;
        private Map<String, Integer> weights;
        private String score;
        private Integer matchedCount;
        private Integer unmatchedCount;
        private Integer maximumMatchable;
        private Map<String, Long> termTotals;
        private List<RoundPairing> pairings;
        private List<Unmatched> unmatched;
        private Comparison comparedTo;
        private String failure;
        private boolean autoApprove;
        private List<Change> changes;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder programId(String programId) {
            this.programId = programId;
            return this;
        }

        public Builder status(RoundStatus status) {
            this.status = status;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder automatic(boolean automatic) {
            this.automatic = automatic;
            return this;
        }

        public Builder startedAt(Instant startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        public Builder completedAt(Instant completedAt) {
            this.completedAt = completedAt;
            return this;
        }

        public Builder weights(Map<String, Integer> weights) {
            this.weights = weights;
            return this;
        }

        public Builder score(String score) {
            this.score = score;
            return this;
        }

        public Builder matchedCount(Integer matchedCount) {
            this.matchedCount = matchedCount;
            return this;
        }

        public Builder unmatchedCount(Integer unmatchedCount) {
            this.unmatchedCount = unmatchedCount;
            return this;
        }

        public Builder maximumMatchable(Integer maximumMatchable) {
            this.maximumMatchable = maximumMatchable;
            return this;
        }

        public Builder termTotals(Map<String, Long> termTotals) {
            this.termTotals = termTotals;
            return this;
        }

        public Builder pairings(List<RoundPairing> pairings) {
            this.pairings = pairings;
            return this;
        }

        public Builder unmatched(List<Unmatched> unmatched) {
            this.unmatched = unmatched;
            return this;
        }

        public Builder comparedTo(Comparison comparedTo) {
            this.comparedTo = comparedTo;
            return this;
        }

        public Builder failure(String failure) {
            this.failure = failure;
            return this;
        }

        public Builder autoApprove(boolean autoApprove) {
            this.autoApprove = autoApprove;
            return this;
        }

        public Builder changes(List<Change> changes) {
            this.changes = changes;
            return this;
        }

        public MatchRound build() {
            return new MatchRound(id, programId, status, dryRun, automatic, startedAt, completedAt, weights, score,
                    matchedCount, unmatchedCount, maximumMatchable, termTotals, pairings, unmatched, comparedTo,
                    failure, autoApprove, changes);
        }
    }
}
