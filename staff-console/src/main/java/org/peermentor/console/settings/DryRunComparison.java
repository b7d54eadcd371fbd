package org.peermentor.console.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.console.services.MentorChange;
import org.peermentor.console.services.MentorChoice;
import org.peermentor.console.services.Round;
import org.peermentor.console.services.RoundComparison;

/**
 * A finished dry run beside the program's last real round, as the settings page shows it: matched counts, each
 * participant whose mentor would change (both mentors, each with its explanation) and each quality term's total.
 * {@code lastRound} is false when the program has had no real round yet: there is then nothing to compare with.
 */
public record DryRunComparison(
        String roundId,
        boolean lastRound,
        Integer matchedBefore,
        Integer matchedAfter,
        List<Change> changes,
        List<TermTotal> terms) {

    static final String ERASED = "Someone erased";

    /** Public so a round's own page can show a dry run the same way (fragment {@code settings/settings :: dryRun}). */
    public static DryRunComparison of(Round dryRun) {
        RoundComparison before = dryRun.comparedTo();
        List<Change> changes = before == null
                ? List.of()
                : before.differences().stream().map(DryRunComparison::change).toList();
        Map<String, Long> totalsBefore = before == null ? Map.of() : before.termTotals();
        return new DryRunComparison(
                dryRun.id(),
                before != null,
                before == null ? null : before.matchedCount(),
                dryRun.matchedCount(),
                changes,
                terms(totalsBefore, dryRun.termTotals()));
    }

    public boolean changesAny() {
        return !changes.isEmpty();
    }

    /** "1 participant would get a different mentor." */
    public String changeCount() {
        int count = changes.size();
        return count == 0
                ? "No participant would get a different mentor."
                : count + (count == 1 ? " participant would" : " participants would") + " get a different mentor.";
    }

    private static Change change(MentorChange difference) {
        return new Change(
                difference.participantId(),
                named(difference.participantFirstName()),
                side(difference.before()),
                side(difference.after()));
    }

    private static Side side(MentorChoice choice) {
        return choice == null
                ? null
                : new Side(
                        choice.mentorId(),
                        named(choice.mentorFirstName()),
                        choice.explanation() == null ? List.of() : choice.explanation());
    }

    private static String named(String firstName) {
        return firstName == null || firstName.isBlank() ? ERASED : firstName;
    }

    /** Every weight in the form's order, then any term the service added that the console does not know yet. */
    private static List<TermTotal> terms(Map<String, Long> before, Map<String, Long> after) {
        Set<String> names = new LinkedHashSet<>(SettingTerms.weightNames());
        names.addAll(before.keySet());
        names.addAll(after.keySet());
        List<TermTotal> terms = new ArrayList<>();
        for (String name : names) {
            if (before.containsKey(name) || after.containsKey(name)) {
                terms.add(new TermTotal(
                        SettingTerms.weightLabel(name), Points.of(before.get(name)), Points.of(after.get(name))));
            }
        }
        return terms;
    }

    /** One participant whose mentor would change; {@code before}: null when the last round left them unmatched. */
    public record Change(String participantId, String participantName, Side before, Side after) {}

    /** A mentor one side chose, and why. */
    public record Side(String mentorId, String mentorName, List<String> explanation) {}

    /** One quality term: what it added to each side's score, in words. */
    public record TermTotal(String label, String before, String after) {}
}
