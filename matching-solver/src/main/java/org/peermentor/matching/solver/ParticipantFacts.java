package org.peermentor.matching.solver;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.ParticipantProfile;

/**
 * A participant's profile read once per round into what the rules ask about. {@code genderPreference} is the H6
 * preference as the rule reads it ({@link RuleBook#genderPreference(String)}), worked out once rather than per mentor;
 * {@code spoken} the {@code languages} as {@link Languages#spoken(Set)} gives them.
 */
record ParticipantFacts(
        ParticipantProfile profile,
        Set<String> languages,
        Set<Format> formats,
        List<String> secondaryIssues,
        ZoneId zone,
        WeeklyTimes times,
        String genderPreference,
        String[] spoken) {

    static ParticipantFacts of(ParticipantProfile profile, RoundWeek week) {
        Set<String> secondary = new LinkedHashSet<>(orEmpty(profile.issues()));
        secondary.remove(profile.primaryIssue());
        secondary.remove(null);
        ZoneId zone = WeeklyTimes.zoneOrNull(profile.timezone());
        return new ParticipantFacts(
                profile,
                Languages.of(profile.languages()),
                formats(profile.formats()),
                List.copyOf(secondary),
                zone,
                week.participantTimes(orEmpty(profile.availability()), zone),
                RuleBook.genderPreference(profile.mentorGenderPreference()),
                Languages.spoken(Languages.of(profile.languages())));
    }

    String id() {
        return profile.id();
    }

    static Set<Format> formats(Collection<Format> formats) {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (Format format : orEmpty(formats)) {
            if (format != null) {
                set.add(format);
            }
        }
        return set;
    }

    static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? Set.of() : values;
    }
}
