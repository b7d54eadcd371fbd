package org.peermentor.matching.solver;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.ProfileStatus;

/**
 * Rules H1–H8 on facts read once per round. The solver's value ranges, the unmatched reasons and
 * {@link MatchingRules} all ask here, so they cannot drift apart.
 */
final class RuleBook {

    private static final String ANY = "ANY";
    private static final String SAME = "SAME";

    private final int minOverlapMinutes;
    private final Map<String, Set<String>> forbiddenMentorsByParticipant = new HashMap<>();

    RuleBook(int minOverlapMinutes, Set<PairKey> forbiddenPairs) {
        this.minOverlapMinutes = minOverlapMinutes;
        forbiddenPairs.forEach(pair -> forbiddenMentorsByParticipant
                .computeIfAbsent(pair.participantId(), participant -> new HashSet<>())
                .add(pair.mentorId()));
    }

    int minOverlapMinutes() {
        return minOverlapMinutes;
    }

    static boolean isWaiting(ParticipantFacts p) {
        ProfileStatus status = p.profile().status();
        return status == ProfileStatus.WAITING || status == ProfileStatus.PROPOSED;
    }

    /** H1. */
    static boolean program(ParticipantFacts p, MentorFacts m) {
        return Objects.equals(p.profile().programId(), m.profile().programId()) && m.isAvailable() && isWaiting(p);
    }

    /** H2. */
    static boolean issue(ParticipantFacts p, MentorFacts m) {
        return p.profile().primaryIssue() != null && m.knows(p.profile().primaryIssue());
    }

    /** H3. */
    static boolean language(ParticipantFacts p, MentorFacts m) {
        for (String spoken : p.spoken()) {
            for (String other : m.spoken()) {
                if (spoken == other) { // canonical strings: see Languages.spoken
                    return true;
                }
            }
        }
        return false;
    }

    /** H4. */
    boolean availability(int overlapMinutes) {
        return overlapMinutes >= minOverlapMinutes;
    }

    static int overlapMinutes(ParticipantFacts p, MentorFacts m) {
        return (int) (p.times().overlapSeconds(m.times()) / 60);
    }

    /** H5: some format both offer, in person only within one region (as {@link #usableFormats}, without a set). */
    static boolean format(ParticipantFacts p, MentorFacts m) {
        for (Format format : p.formats()) {
            if (m.formats().contains(format) && (format != Format.IN_PERSON || sameRegion(p, m))) {
                return true;
            }
        }
        return false;
    }

    /** The formats both offer, without IN_PERSON when they live in different regions. */
    static Set<Format> usableFormats(ParticipantFacts p, MentorFacts m) {
        Set<Format> shared = EnumSet.noneOf(Format.class);
        shared.addAll(p.formats());
        shared.retainAll(m.formats());
        if (!sameRegion(p, m)) {
            shared.remove(Format.IN_PERSON);
        }
        return shared;
    }

    static boolean sameRegion(ParticipantFacts p, MentorFacts m) {
        return p.profile().region() != null
                && p.profile().region().equals(m.profile().region());
    }

    /** H6. */
    static boolean gender(ParticipantFacts p, MentorFacts m) {
        String preference = genderPreference(p);
        Gender mentorGender = m.profile().gender();
        if (ANY.equals(preference)) {
            return true;
        }
        if (SAME.equals(preference)) {
            Gender own = p.profile().gender();
            return own != null && own != Gender.UNDISCLOSED && own == mentorGender;
        }
        return mentorGender != null && mentorGender.name().equals(preference);
    }

    static String genderPreference(ParticipantFacts p) {
        return p.genderPreference();
    }

    /** The preference as the rule reads it: ANY when none is given, else trimmed and upper case. */
    static String genderPreference(String preference) {
        return preference == null || preference.isBlank()
                ? ANY
                : preference.trim().toUpperCase(Locale.ROOT);
    }

    /** H7. */
    boolean history(ParticipantFacts p, MentorFacts m) {
        return !forbiddenMentors(p).contains(m.id());
    }

    /** The mentors H7 keeps from this participant (ask once per participant when checking many mentors). */
    Set<String> forbiddenMentors(ParticipantFacts p) {
        return forbiddenMentorsByParticipant.getOrDefault(p.id(), Set.of());
    }

    /** Every rule the pair breaks, in plain words; {@code placesInUse} is what the mentor already holds (H8). */
    List<RuleBreach> breaches(ParticipantFacts p, MentorFacts m, int placesInUse) {
        List<RuleBreach> breaches = new ArrayList<>();
        if (!program(p, m)) {
            breaches.add(new RuleBreach("H1", programBreach(p, m)));
        }
        if (!issue(p, m)) {
            String issue = p.profile().primaryIssue();
            breaches.add(new RuleBreach(
                    "H2",
                    "The mentor has neither lived experience of nor training for "
                            + (issue == null
                                    ? "the participant's primary issue"
                                    : Words.issue(issue) + " (" + issue + ")")));
        }
        if (!language(p, m)) {
            breaches.add(new RuleBreach(
                    "H3",
                    "They share no language: the participant speaks " + Words.languages(p.languages()) + ", the mentor "
                            + Words.languages(m.languages())));
        }
        int minutes = overlapMinutes(p, m);
        if (!availability(minutes)) {
            breaches.add(new RuleBreach(
                    "H4",
                    "Their calendars share " + minutes + " minutes a week; the program " + "asks for at least "
                            + minOverlapMinutes));
        }
        if (!format(p, m)) {
            breaches.add(new RuleBreach("H5", formatBreach(p, m)));
        }
        if (!gender(p, m)) {
            breaches.add(new RuleBreach("H6", genderBreach(p, m)));
        }
        if (!history(p, m)) {
            breaches.add(new RuleBreach("H7", "This pair was rejected or declined before"));
        }
        if (placesInUse >= m.profile().capacity()) {
            breaches.add(new RuleBreach(
                    "H8",
                    "The mentor already holds " + placesInUse + " of "
                            + m.profile().capacity() + " places"));
        }
        return breaches;
    }

    private static String programBreach(ParticipantFacts p, MentorFacts m) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(p.profile().programId(), m.profile().programId())) {
            parts.add("The participant is in program " + p.profile().programId() + ", the mentor in "
                    + m.profile().programId());
        }
        if (m.profile().status() == ProfileStatus.WITHDRAWN) {
            parts.add("The mentor has withdrawn");
        } else if (!m.profile().active()) {
            parts.add("The mentor is not active");
        }
        if (!isWaiting(p)) {
            parts.add("The participant is " + p.profile().status()
                    + "; only WAITING or PROPOSED participants are paired");
        }
        return String.join("; ", parts);
    }

    private static String formatBreach(ParticipantFacts p, MentorFacts m) {
        Set<Format> shared = EnumSet.noneOf(Format.class);
        shared.addAll(p.formats());
        shared.retainAll(m.formats());
        if (shared.isEmpty()) {
            return "They share no way to meet: the participant meets " + Words.formats(p.formats()) + ", the mentor "
                    + Words.formats(m.formats());
        }
        return "They can only meet in person, and are not in the same region";
    }

    private static String genderBreach(ParticipantFacts p, MentorFacts m) {
        String preference = genderPreference(p);
        if (SAME.equals(preference)) {
            Gender own = p.profile().gender();
            return own == null || own == Gender.UNDISCLOSED
                    ? "The participant prefers a mentor of the same gender and has not disclosed their own"
                    : "The participant prefers a mentor of the same gender; the mentor is not";
        }
        return "The participant prefers a " + Words.gender(preference) + " mentor; the mentor is "
                + (m.profile().gender() == null
                        ? "of unknown gender"
                        : Words.gender(m.profile().gender().name()));
    }
}
