package org.peermentor.matching.solver;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ProfileStatus;

/**
 * A mentor's profile read once per round into what the rules ask about; {@code spoken} is the {@code languages} as
 * {@link Languages#spoken(Set)} gives them.
 */
record MentorFacts(
        MentorProfile profile,
        Set<String> livedExperience,
        Set<String> trainedFor,
        Set<String> languages,
        Set<Format> formats,
        ZoneId zone,
        WeeklyTimes times,
        String[] spoken) {

    static MentorFacts of(MentorProfile profile, RoundWeek week) {
        ZoneId zone = WeeklyTimes.zoneOrNull(profile.timezone());
        Set<String> languages = Languages.of(profile.languages());
        return new MentorFacts(
                profile,
                issues(profile.livedExperience()),
                issues(profile.trainedFor()),
                languages,
                ParticipantFacts.formats(profile.formats()),
                zone,
                week.mentorTimes(ParticipantFacts.orEmpty(profile.availability()), zone),
                Languages.spoken(languages));
    }

    String id() {
        return profile.id();
    }

    boolean isAvailable() {
        return profile.active() && profile.status() != ProfileStatus.WITHDRAWN;
    }

    boolean knows(String issue) {
        return livedExperience.contains(issue) || trainedFor.contains(issue);
    }

    private static Set<String> issues(List<String> issues) {
        Set<String> set = new LinkedHashSet<>();
        for (String issue : ParticipantFacts.orEmpty(issues)) {
            if (issue != null) {
                set.add(issue);
            }
        }
        return set;
    }
}
