package org.peermentor.matching.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.matching.pairing.ParticipantStanding;
import org.peermentor.matching.pairing.Standings;
import org.peermentor.matching.pairing.StoredPairing;

/**
 * Counts a program's supply and demand from its participants, mentors and pairings: who waits, for which issue and in
 * which language, and the free mentor places for each.
 */
final class Supply {

    private Supply() {}

    static SupplyReport of(
            String programId,
            List<ParticipantProfile> participants,
            List<MentorProfile> mentors,
            List<StoredPairing> pairings,
            Instant now) {
        Standings standings = Standings.of(pairings);
        List<ParticipantProfile> waiting = participants.stream()
                .filter(p -> ParticipantStanding.placeable(standings.status(p)))
                .toList();
        Map<String, Integer> inUse = new HashMap<>();
        pairings.stream()
                .filter(p -> p.status().holdsCapacity())
                .forEach(p -> inUse.merge(p.pairing().mentorId(), 1, Integer::sum));
        Map<MentorProfile, Integer> free = new HashMap<>();
        mentors.stream()
                .filter(MentorProfile::active)
                .forEach(m -> free.put(m, Math.max(0, m.capacity() - inUse.getOrDefault(m.id(), 0))));

        TreeSet<String> issues = new TreeSet<>();
        waiting.forEach(p -> issues.add(p.primaryIssue()));
        free.keySet().forEach(m -> {
            issues.addAll(m.livedExperience());
            issues.addAll(m.trainedFor());
        });
        TreeSet<String> languages = new TreeSet<>();
        waiting.forEach(p -> languages.addAll(p.languages()));
        free.keySet().forEach(m -> languages.addAll(m.languages()));

        List<SupplyLine> byIssue = new ArrayList<>();
        for (String issue : issues) {
            byIssue.add(line(
                    issue,
                    waiting.stream().filter(p -> issue.equals(p.primaryIssue())).toList(),
                    free.entrySet().stream()
                            .filter(e -> e.getKey().livedExperience().contains(issue)
                                    || e.getKey().trainedFor().contains(issue))
                            .mapToInt(Map.Entry::getValue)
                            .sum(),
                    now));
        }
        List<SupplyLine> byLanguage = new ArrayList<>();
        for (String language : languages) {
            byLanguage.add(line(
                    language,
                    waiting.stream()
                            .filter(p -> p.languages().contains(language))
                            .toList(),
                    free.entrySet().stream()
                            .filter(e -> e.getKey().languages().contains(language))
                            .mapToInt(Map.Entry::getValue)
                            .sum(),
                    now));
        }
        List<Instant> since = waiting.stream().map(standings::waitingSince).toList();
        return new SupplyReport(
                programId,
                now,
                waiting.size(),
                free.values().stream().mapToInt(Integer::intValue).sum(),
                byIssue,
                byLanguage,
                WaitingBands.count(since, now));
    }

    private static SupplyLine line(String key, List<ParticipantProfile> waiting, int freePlaces, Instant now) {
        List<Long> hours = waiting.stream()
                .map(p -> Duration.between(p.registeredAt(), now).toHours())
                .sorted()
                .toList();
        long median = hours.isEmpty() ? 0 : hours.get(hours.size() / 2);
        long longest = hours.isEmpty() ? 0 : hours.get(hours.size() - 1);
        return new SupplyLine(key, waiting.size(), median, longest, freePlaces);
    }
}
