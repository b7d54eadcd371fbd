package org.peermentor.matching.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;

/**
 * Why nobody was proposed to a participant, in plain words naming the rule. The mentors of the round pass through
 * the rules one at a time (H1, H2, H3, H5, H6, H4, H7, H8); the rule that leaves none is the reason, told with
 * what the earlier rules kept ("mentors for ANXIETY who speak es"). Then the nearest misses, so a coordinator knows
 * what to ask for: the mentors for the participant's issue who break exactly one other rule, by rule, with what they
 * would need ("2 mentors for grief fit every rule but time: …").
 */
final class UnmatchedReasons {

    private final Round round;

    UnmatchedReasons(Round round) {
        this.round = round;
    }

    List<String> of(ParticipantFacts p) {
        if (!RuleBook.isWaiting(p)) {
            return List.of(
                    "Status is " + p.profile().status() + "; only WAITING or PROPOSED participants are placed (H1)");
        }
        Placement placement = round.placements.get(p.id());
        if (placement != null) {
            int fitting = placement.getAllowedMentors().size();
            return List.of((fitting == 1 ? "The 1 mentor who fits is" : "All " + fitting + " mentors who fit are")
                    + " fully booked by other participants this round (H8)");
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(funnel(p));
        reasons.addAll(nearMisses(p));
        return reasons;
    }

    /** Mentors for the participant's issue who break exactly one rule of H3–H8, one line per rule. */
    private List<String> nearMisses(ParticipantFacts p) {
        Map<String, List<MentorFacts>> byRule = new TreeMap<>();
        for (MentorFacts m : round.mentorFacts.values()) {
            if (!RuleBook.program(p, m) || !RuleBook.issue(p, m)) {
                continue;
            }
            List<RuleBreach> breaches =
                    round.rules.breaches(p, m, round.mentors.get(m.id()).fixedPairings());
            if (breaches.size() == 1) {
                byRule.computeIfAbsent(breaches.get(0).rule(), rule -> new ArrayList<>())
                        .add(m);
            }
        }
        List<String> lines = new ArrayList<>();
        byRule.forEach((rule, mentors) -> lines.add("Nearest " + (mentors.size() == 1 ? "miss: " : "misses: ")
                + Words.plural(mentors.size(), "mentor", "mentors") + " for "
                + Words.issue(p.profile().primaryIssue())
                + (mentors.size() == 1 ? " fits" : " fit") + " every rule but " + wouldNeed(p, rule, mentors)
                + " (" + rule + ")"));
        return lines;
    }

    private String wouldNeed(ParticipantFacts p, String rule, List<MentorFacts> mentors) {
        return switch (rule) {
            case "H3" ->
                "language: " + (mentors.size() == 1 ? "speaks " : "they speak ")
                        + Words.languages(mentors.stream()
                                .flatMap(m -> m.languages().stream())
                                .distinct()
                                .sorted()
                                .toList())
                        + ", this participant " + Words.languages(p.languages());
            case "H4" ->
                "time: " + (mentors.size() == 1 ? "shares " : "the most any shares is ")
                        + mentors.stream()
                                .mapToInt(m -> RuleBook.overlapMinutes(p, m))
                                .max()
                                .orElse(0) + " of the "
                        + round.rules.minOverlapMinutes()
                        + " minutes a week the program asks for with this participant";
            case "H5" -> "how to meet: this participant meets " + formats(p);
            case "H6" -> "the gender this participant prefers";
            case "H7" -> "a past refusal: the pair was rejected or declined before";
            case "H8" -> "a free place: " + (mentors.size() == 1 ? "it is" : "all are") + " held by pairings that stay";
            default -> rule;
        };
    }

    private String funnel(ParticipantFacts p) {
        String issue = p.profile().primaryIssue();
        String languages = String.join(" or ", p.languages());
        List<MentorFacts> inProgram = keep(round.mentorFacts.values(), m -> RuleBook.program(p, m));
        if (inProgram.isEmpty()) {
            return "No active mentor in program " + p.profile().programId() + " (H1)";
        }
        List<MentorFacts> forIssue = keep(inProgram, m -> RuleBook.issue(p, m));
        if (forIssue.isEmpty()) {
            return "No mentor has lived experience of or training for " + issue + " (H2)";
        }
        List<MentorFacts> speaking = keep(forIssue, m -> RuleBook.language(p, m));
        if (speaking.isEmpty()) {
            return keep(inProgram, m -> RuleBook.language(p, m)).isEmpty()
                    ? "No active mentor in the program speaks " + languages + " (H3)"
                    : "No mentor for " + issue + " speaks " + languages + " (H3)";
        }
        String fitting = "mentor for " + issue + " who speaks " + languages;
        List<MentorFacts> meeting = keep(speaking, m -> RuleBook.format(p, m));
        if (meeting.isEmpty()) {
            return "No " + fitting + " can meet " + formats(p) + " (H5)";
        }
        List<MentorFacts> preferred = keep(meeting, m -> RuleBook.gender(p, m));
        if (preferred.isEmpty()) {
            return genderReason(p);
        }
        List<MentorFacts> available = keep(preferred, m -> round.rules.availability(RuleBook.overlapMinutes(p, m)));
        if (available.isEmpty()) {
            int most = preferred.stream()
                    .mapToInt(m -> RuleBook.overlapMinutes(p, m))
                    .max()
                    .orElse(0);
            return "Mentors for " + issue + " who speak " + languages + " share less than "
                    + round.rules.minOverlapMinutes() + " minutes a week with this participant; the most any shares is "
                    + most + " (H4)";
        }
        List<MentorFacts> neverRefused = keep(available, m -> round.rules.history(p, m));
        if (neverRefused.isEmpty()) {
            return "Previously rejected or declined with every mentor who fits (H7)";
        }
        List<MentorFacts> withPlaces =
                keep(neverRefused, m -> round.mentors.get(m.id()).placesLeft() > 0);
        if (withPlaces.isEmpty()) {
            return "Every mentor who fits is at capacity (H8): "
                    + Words.plural(neverRefused.size(), "mentor", "mentors");
        }
        throw new IllegalStateException("participant " + p.id() + " has allowed mentors but no placement");
    }

    private static String formats(ParticipantFacts p) {
        List<String> words = new ArrayList<>();
        for (Format format : p.formats()) {
            String region = p.profile().region();
            words.add(format == Format.IN_PERSON && region != null ? "in person in " + region : Words.format(format));
        }
        return Words.or(words);
    }

    private static String genderReason(ParticipantFacts p) {
        String preference = RuleBook.genderPreference(p);
        if (!"SAME".equals(preference)) {
            return "Prefers a " + preference + " mentor; none who fits is (H6)";
        }
        Gender own = p.profile().gender();
        return own == null || own == Gender.UNDISCLOSED
                ? "Prefers a mentor of the same gender but has not disclosed a gender (H6)"
                : "Prefers a mentor of the same gender; none who fits is " + own + " (H6)";
    }

    private static List<MentorFacts> keep(Collection<MentorFacts> mentors, Predicate<MentorFacts> rule) {
        return mentors.stream().filter(rule).toList();
    }
}
