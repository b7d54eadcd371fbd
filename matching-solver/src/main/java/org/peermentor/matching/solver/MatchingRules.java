package org.peermentor.matching.solver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Urgency;

/** The matching rules H1–H8, usable without a solver: a pairing by hand must break none of them. */
public final class MatchingRules {

    private MatchingRules() {}

    /** Every rule pairing {@code participant} with {@code mentor} would break; empty when the pair is allowed. */
    public static List<RuleBreach> check(ParticipantProfile participant, MentorProfile mentor, RuleContext context) {
        RoundWeek week = new RoundWeek(context.referenceTime());
        RuleBook rules = new RuleBook(context.minOverlapMinutes(), context.forbiddenPairs());
        int placesInUse = context.mentorPlacesInUse().getOrDefault(mentor.id(), 0);
        return rules.breaches(ParticipantFacts.of(participant, week), MentorFacts.of(mentor, week), placesInUse);
    }

    /**
     * What a pair shares, for a pairing made by hand: the issue, the formats, the weekly overlaps in each one's
     * own time, and the reasons in plain words. Call it for a pair {@link #check} allows.
     */
    public static ProposedPairing describe(ParticipantProfile participant, MentorProfile mentor, RuleContext context) {
        RoundWeek week = new RoundWeek(context.referenceTime());
        ParticipantFacts p = ParticipantFacts.of(participant, week);
        MentorFacts m = MentorFacts.of(mentor, week);
        Set<Format> formats = RuleBook.usableFormats(p, m);
        String issue = participant.primaryIssue();
        return new ProposedPairing(
                p.id(),
                m.id(),
                issue,
                List.copyOf(formats),
                RoundWeek.overlaps(p.times(), p.zone(), m.times(), m.zone()),
                lines(p, m, formats));
    }

    /**
     * Each of {@code mentors} for this participant, in the given order: the rules the pair breaks, and for an
     * allowed pair its quality under {@code weights} (missing ones take the defaults) and why, in words. The
     * participant's own priority (urgency, waiting) is the same with every mentor, so it is left out.
     */
    public static List<MentorOption> options(
            ParticipantProfile participant,
            List<MentorProfile> mentors,
            RuleContext context,
            Map<String, Integer> weights) {
        RoundWeek week = new RoundWeek(context.referenceTime());
        RuleBook rules = new RuleBook(context.minOverlapMinutes(), context.forbiddenPairs());
        Map<String, Integer> resolved = MatchingWeights.withDefaults(weights);
        ParticipantFacts p = ParticipantFacts.of(participant, week);
        List<MentorOption> options = new ArrayList<>();
        for (MentorProfile mentor : mentors) {
            MentorFacts m = MentorFacts.of(mentor, week);
            int held = context.mentorPlacesInUse().getOrDefault(mentor.id(), 0);
            List<RuleBreach> breaches = rules.breaches(p, m, held);
            if (!breaches.isEmpty()) {
                options.add(new MentorOption(m.id(), breaches, 0, List.of()));
                continue;
            }
            Fit fit = PairFit.of(p, m, RuleBook.overlapMinutes(p, m));
            List<String> lines = new ArrayList<>(lines(p, m, RuleBook.usableFormats(p, m)));
            lines.addAll(qualityLines(fit, held + 1, mentor.capacity()));
            options.add(new MentorOption(m.id(), List.of(), quality(fit, held, resolved), lines));
        }
        return options;
    }

    /**
     * What matching this participant earns in priority under {@code weights} (missing ones take the defaults): the
     * urgency term and the waiting term, days up to a year, as a round scores them. Added to an option's
     * {@link MentorOption#quality()}, it is what the pairing adds to the program's objective.
     */
    public static long priority(ParticipantProfile participant, Instant now, Map<String, Integer> weights) {
        return Priority.of(
                participant.urgency() == Urgency.HIGH,
                Math.min(Priority.waitingDays(participant, now), Placement.WAITING_CAP_DAYS),
                MatchingWeights.withDefaults(weights));
    }

    /** What the round's quality terms would credit this pair with, the mentor's added squared load against it. */
    static long quality(Fit fit, int held, Map<String, Integer> weights) {
        long loadAdded = (long) (held + 1) * (held + 1) - (long) held * held;
        return PairFit.quality(fit, weights) - WeightTerm.MENTOR_LOAD_BALANCE.of(weights) * loadAdded;
    }

    private static List<String> lines(ParticipantFacts p, MentorFacts m, Set<Format> formats) {
        String issue = p.profile().primaryIssue();
        Set<String> languages = new LinkedHashSet<>(p.languages());
        languages.retainAll(m.languages());
        return List.of(
                m.livedExperience().contains(issue)
                        ? "Has lived experience of " + Words.issue(issue)
                        : "Trained to support " + Words.issue(issue),
                "Both speak " + Words.languages(List.copyOf(languages)),
                "They share " + RuleBook.overlapMinutes(p, m) + " minutes a week",
                "Can meet " + Words.formats(formats));
    }

    /** The quality lines a round's explanation has, in the same words. */
    private static List<String> qualityLines(Fit fit, int placesHeld, int capacity) {
        List<String> lines = new ArrayList<>();
        if (!fit.sharedIssues().isEmpty()) {
            lines.add("Also share: " + Words.issues(fit.sharedIssues()));
        }
        if (fit.sharedRegion() != null) {
            lines.add("Same region: " + fit.sharedRegion());
        }
        if (fit.ageClosenessUnits() > 0) {
            lines.add(
                    fit.ageGap() == 0
                            ? "Born the same year"
                            : "Ages " + Words.plural(fit.ageGap(), "year", "years") + " apart");
        }
        lines.add("The mentor will hold " + placesHeld + " of " + Words.plural(capacity, "place", "places"));
        return lines;
    }
}
