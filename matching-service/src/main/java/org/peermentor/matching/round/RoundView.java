package org.peermentor.matching.round;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.peermentor.matching.profile.Names;

/**
 * A round as program managers see it: pairings show their status now, and everyone named carries their first name
 * (null once erased). {@code termTotals} is null for rounds stored before terms were totalled.
 */
@RecordBuilder
public record RoundView(
        String id,
        String programId,
        RoundStatus status,
        boolean dryRun,
        boolean automatic,
        Instant startedAt,
        Instant completedAt,
        String score,
        Integer matchedCount,
        Integer unmatchedCount,
        Integer maximumMatchable,
        Map<String, Integer> weights,
        Map<String, Long> termTotals,
        List<Pairing> pairings,
        List<Unmatched> unmatched,
        DryRunComparison<Difference> comparedTo,
        String failure) {

    public record Pairing(
            String id,
            String participantId,
            String participantFirstName,
            String mentorId,
            String mentorFirstName,
            String status,
            List<String> explanation) {}

    public record Unmatched(String participantId, String participantFirstName, List<String> reasons) {}

    public record Difference(String participantId, String participantFirstName, Side before, Side after) {}

    public record Side(String mentorId, String mentorFirstName, List<String> explanation) {}

    /** {@code pairings}: the round's pairings with their status now. */
    static RoundView of(MatchRound round, List<RoundPairing> pairings, Names names) {
        return withoutLists(round)
                .pairings(pairings.stream()
                        .map(p -> new Pairing(
                                p.id(),
                                p.participantId(),
                                names.participant(p.participantId()),
                                p.mentorId(),
                                names.mentor(p.mentorId()),
                                p.status(),
                                p.explanation()))
                        .toList())
                .unmatched(round.unmatched().stream()
                        .map(u -> new Unmatched(u.participantId(), names.participant(u.participantId()), u.reasons()))
                        .toList())
                .comparedTo(comparison(round.comparedTo(), names))
                .build();
    }

    /**
     * The round without its lists (pairings, unmatched, a dry run's differences): what a dashboard's list of rounds
     * needs, small however many people the round planned.
     */
    static RoundView summary(MatchRound round) {
        DryRunComparison<ChangedMentor> stored = round.comparedTo();
        return withoutLists(round)
                .pairings(List.of())
                .unmatched(List.of())
                .comparedTo(stored == null ? null : stored.withDifferences(null))
                .build();
    }

    /** Everything of the round but its pairings, unmatched and comparison. */
    private static RoundViewBuilder withoutLists(MatchRound round) {
        return RoundViewBuilder.builder()
                .id(round.id())
                .programId(round.programId())
                .status(round.status())
                .dryRun(round.dryRun())
                .automatic(round.automatic())
                .startedAt(round.startedAt())
                .completedAt(round.completedAt())
                .score(round.score())
                .matchedCount(round.matchedCount())
                .unmatchedCount(round.unmatchedCount())
                .maximumMatchable(round.maximumMatchable())
                .weights(round.weights())
                .termTotals(round.termTotals())
                .failure(round.failure());
    }

    private static DryRunComparison<Difference> comparison(DryRunComparison<ChangedMentor> stored, Names names) {
        if (stored == null) {
            return null;
        }
        List<Difference> differences = stored.differences() == null
                ? null
                : stored.differences().stream()
                        .map(d -> new Difference(
                                d.participantId(),
                                names.participant(d.participantId()),
                                side(d.before(), names),
                                side(d.after(), names)))
                        .toList();
        return stored.withDifferences(differences);
    }

    private static Side side(ExplainedMentor stored, Names names) {
        return stored == null
                ? null
                : new Side(stored.mentorId(), names.mentor(stored.mentorId()), stored.explanation());
    }
}
