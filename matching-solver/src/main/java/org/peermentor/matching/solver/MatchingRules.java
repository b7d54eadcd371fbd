package org.peermentor.matching.solver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;

/** The matching rules H1–H8, usable without a solver: a pairing by hand must break none of them. */
public final class MatchingRules {

    private MatchingRules() {
    }

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
        Set<String> languages = new LinkedHashSet<>(p.languages());
        languages.retainAll(m.languages());
        List<String> lines = List.of(
                m.livedExperience().contains(issue)
                        ? "Has lived experience of " + Words.issue(issue)
                        : "Trained to support " + Words.issue(issue),
                "Both speak " + Words.languages(List.copyOf(languages)),
                "They share " + RuleBook.overlapMinutes(p, m) + " minutes a week",
                "Can meet " + Words.formats(formats));
        return new ProposedPairing(p.id(), m.id(), issue, List.copyOf(formats),
                RoundWeek.overlaps(p.times(), p.zone(), m.times(), m.zone()), lines);
    }
}
