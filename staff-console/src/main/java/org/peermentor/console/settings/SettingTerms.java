package org.peermentor.console.settings;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every field of the settings form in plain words: what it is, what it rewards, and what 0 does; the follow-up of
 * pairings (reminder, check-ins, rematch on request) likewise. The units follow
 * the matching solver's {@code MatchingWeights}; a round's score adds up weight × units for each quality term.
 */
public final class SettingTerms {

    static final List<SettingTerm> SETTINGS = List.of(
            new SettingTerm(
                    "minOverlapMinutes",
                    "Shortest weekly overlap, in minutes",
                    "A rule, not a preference: a participant and a mentor are paired only if they are both free at the "
                            + "same time for at least this many minutes a week. 0 means any overlap will do."),
            new SettingTerm(
                    "autoApprove",
                    "Approve proposals automatically",
                    "When ticked, each pairing a round proposes is approved at once and the mentor is emailed, without "
                            + "a program manager reviewing it first."),
            new SettingTerm(
                    "settleTimeSeconds",
                    "Wait before an automatic round, in seconds",
                    "When mentor places free up or new people arrive, a round starts by itself once nothing has changed "
                            + "for this long. 0 starts it at once."));

    /** Durations, each typed as a number and a unit (the unit's field is the duration's field + "Unit"). */
    static final List<SettingTerm> FOLLOW_UP = List.of(
            new SettingTerm(
                    "reminderAfter",
                    "Remind a mentor who has not answered after",
                    "A mentor who has not answered a request this long after it was sent gets one reminder, with the "
                            + "same link. The link still expires when it would have."),
            new SettingTerm(
                    "checkIns.firstAfter",
                    "First check-in after",
                    "How long after the mentor accepts the first check-in asks the mentor and the participant how it "
                            + "is going."),
            new SettingTerm(
                    "checkIns.every",
                    "Then a check-in every",
                    "How long between one check-in and the next. A pairing whose last two check-ins went unanswered "
                            + "shows as quiet."));

    static final SettingTerm REMATCH = new SettingTerm(
            "rematchOnNewMentorRequest",
            "End and rematch by itself when a participant asks for a new mentor",
            "When ticked, a participant who answers a check-in that it is not a good fit and asks for a new mentor "
                    + "waits for another mentor at once, and the pairing ends. When not ticked, the pairing shows as "
                    + "needing attention and a program manager decides.");

    static final List<SettingTerm> WEIGHTS = List.of(
            new SettingTerm(
                    "weights.urgency",
                    "Urgency",
                    "Points for each participant marked high urgency who gets a mentor, so they come first. "
                            + "0: urgency no longer puts anyone ahead."),
            new SettingTerm(
                    "weights.waitingTime",
                    "Time waited",
                    "Points for each day a matched participant has waited (up to a year), so those who have waited "
                            + "longest come first. 0: time waited no longer counts."),
            new SettingTerm(
                    "weights.sharedIssues",
                    "Other issues in common",
                    "Points for each of the participant's other issues the mentor has lived through or is trained for. "
                            + "0: only the main issue, which is a rule, counts."),
            new SettingTerm(
                    "weights.ageCloseness",
                    "Closeness in age",
                    "Points for each year under 30 between their years of birth: a pair born 5 years apart earns 25. "
                            + "0: age plays no part."),
            new SettingTerm(
                    "weights.overlap",
                    "Time they are both free",
                    "Points for each quarter of an hour a week both are free (up to 10 hours), beyond the shortest "
                            + "overlap. 0: any overlap that meets the rule is as good as any other."),
            new SettingTerm(
                    "weights.sameRegion",
                    "Same region",
                    "Points for each pair living in the same region. 0: region does not matter (people who can only "
                            + "meet in person are still paired within their region: that is a rule)."),
            new SettingTerm(
                    "weights.mentorLoadBalance",
                    "Spreading mentees across mentors",
                    "Points taken away as mentors fill up (the square of each mentor's load), so a free mentor is "
                            + "preferred to a busy one. 0: a round may give one mentor several mentees up to their capacity."));

    private SettingTerms() {}

    static List<String> weightNames() {
        return WEIGHTS.stream().map(SettingTerm::weight).toList();
    }

    static Optional<SettingTerm> of(String field) {
        return Stream.of(SETTINGS, FOLLOW_UP, List.of(REMATCH), WEIGHTS)
                .flatMap(List::stream)
                .filter(term -> term.field().equals(field))
                .findFirst();
    }

    static String label(String field) {
        return of(field).map(SettingTerm::label).orElse(field);
    }

    /** The label of a quality term by its weight name ({@code sameRegion} → "Same region"). */
    static String weightLabel(String weight) {
        return label("weights." + weight);
    }
}
