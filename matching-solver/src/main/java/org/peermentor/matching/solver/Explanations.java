package org.peermentor.matching.solver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.peermentor.contracts.Format;

/**
 * Each proposed pairing in plain words: why the rules allow it (issue, languages, time, formats) and what the
 * score analysis credited it with (shared issues, region, age, waiting, urgency, mentor load). Only issues,
 * languages, regions, ages apart and counts are named; never a name, email or phone number.
 */
final class Explanations {

    private final Round round;
    private final Map<String, Map<WeightTerm, PairingJustification>> termsByParticipant = new HashMap<>();
    private final Map<String, MentorLoadJustification> loadByMentor = new HashMap<>();

    Explanations(Round round, ScoreExplanation<MatchingSolution, ?> scoreExplanation) {
        this.round = round;
        for (ConstraintJustification justification : scoreExplanation.getJustificationList()) {
            if (justification instanceof PairingJustification pairing) {
                termsByParticipant
                        .computeIfAbsent(pairing.placement().getParticipantId(), id -> new EnumMap<>(WeightTerm.class))
                        .put(pairing.term(), pairing);
            } else if (justification instanceof MentorLoadJustification load) {
                loadByMentor.put(load.mentor().id(), load);
            }
        }
    }

    ProposedPairing pairing(ParticipantFacts p, MentorFacts m) {
        Set<Format> formats = RuleBook.usableFormats(p, m);
        return new ProposedPairing(
                p.id(),
                m.id(),
                p.profile().primaryIssue(),
                List.copyOf(formats),
                RoundWeek.overlaps(p.times(), p.zone(), m.times(), m.zone()),
                lines(p, m, formats));
    }

    private List<String> lines(ParticipantFacts p, MentorFacts m, Set<Format> formats) {
        Map<WeightTerm, PairingJustification> terms = termsByParticipant.getOrDefault(p.id(), Map.of());
        List<String> lines = new ArrayList<>();
        String issue = p.profile().primaryIssue();
        lines.add(
                m.livedExperience().contains(issue)
                        ? "Has lived experience of " + Words.issue(issue)
                        : "Trained to support " + Words.issue(issue));
        Set<String> languages = new LinkedHashSet<>(p.languages());
        languages.retainAll(m.languages());
        lines.add("Both speak " + Words.languages(List.copyOf(languages)));
        PairingJustification overlap = terms.get(WeightTerm.OVERLAP);
        int minutes = overlap != null ? overlap.fit().overlapMinutes() : RuleBook.overlapMinutes(p, m);
        lines.add("They share " + minutes + " minutes a week");
        lines.add("Can meet " + Words.formats(formats));
        PairingJustification shared = terms.get(WeightTerm.SHARED_ISSUES);
        if (shared != null) {
            lines.add("Also share: " + Words.issues(shared.fit().sharedIssues()));
        }
        PairingJustification region = terms.get(WeightTerm.SAME_REGION);
        if (region != null) {
            lines.add("Same region: " + region.fit().sharedRegion());
        }
        PairingJustification age = terms.get(WeightTerm.AGE_CLOSENESS);
        if (age != null) {
            int gap = age.fit().ageGap();
            lines.add(gap == 0 ? "Born the same year" : "Ages " + Words.plural(gap, "year", "years") + " apart");
        }
        priority(terms).ifPresent(lines::add);
        MentorLoadJustification load = loadByMentor.get(m.id());
        if (load != null) {
            lines.add("The mentor will hold " + load.placesHeld() + " of "
                    + Words.plural(load.mentor().capacity(), "place", "places"));
        }
        return lines;
    }

    private static Optional<String> priority(Map<WeightTerm, PairingJustification> terms) {
        List<String> parts = new ArrayList<>();
        PairingJustification waiting = terms.get(WeightTerm.WAITING_TIME);
        if (waiting != null) {
            parts.add("Waiting " + Words.plural(waiting.placement().getWaitingDays(), "day", "days"));
        }
        if (terms.containsKey(WeightTerm.URGENCY)) {
            parts.add(parts.isEmpty() ? "High urgency" : "high urgency");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }
}
