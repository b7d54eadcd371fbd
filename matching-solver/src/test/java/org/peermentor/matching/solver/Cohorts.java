package org.peermentor.matching.solver;

import static org.peermentor.matching.solver.CohortDraws.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Gender;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.Urgency;
import org.peermentor.contracts.fixtures.People;

/**
 * Random but seeded cohorts: a mix of issues, languages, timezones, formats, genders and calendars, some people
 * outside the program or not waiting, some mentors inactive, some places held by fixed pairings, some pairs refused.
 * What the draws leave out (names, emails, consent) is the tests' {@link People} defaults; each person has a phone
 * number, for the test that no explanation names one.
 */
final class Cohorts {

    /** How many of the built-in issues are common (see {@link CohortDraws#issue}). */
    private static final int COMMON_ISSUES = 3;

    private static final List<String> LANGUAGES = List.of("en", "en", "en", "es", "es", "pl");
    private static final List<String> ZONES = List.of(
            "America/New_York",
            "America/New_York",
            "America/Chicago",
            "America/Chicago",
            "America/Chicago",
            "America/Los_Angeles",
            "Europe/Warsaw",
            "Europe/London",
            "Asia/Tokyo");
    private static final List<String> REGIONS = List.of("north", "south", "east", "west");
    private static final List<String> PREFERENCES = List.of("ANY", "ANY", "ANY", "SAME", "FEMALE", "MALE");
    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

    private Cohorts() {}

    static MatchingProblem cohort(long seed, int maxParticipants, int maxMentors) {
        Random random = new Random(seed);
        Instant now = YEAR_START.plusSeconds(random.nextInt(365) * 86_400L + random.nextInt(86_400));
        int participantCount = 1 + random.nextInt(maxParticipants);
        int mentorCount = 1 + random.nextInt(maxMentors);
        List<MentorProfile> mentors = new ArrayList<>();
        for (int i = 0; i < mentorCount; i++) {
            mentors.add(mentor(random, "m" + i));
        }
        List<ParticipantProfile> participants = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            participants.add(participant(random, "p" + i, now));
        }
        List<FixedPairing> fixed = new ArrayList<>();
        for (MentorProfile mentor : mentors) {
            int held = random.nextInt(4) == 0 ? random.nextInt(mentor.capacity() + 1) : 0;
            for (int h = 0; h < held; h++) {
                fixed.add(new FixedPairing("held-" + mentor.id() + "-" + h, mentor.id()));
            }
        }
        if (random.nextBoolean()) {
            fixed.add(new FixedPairing(participants.get(0).id(), mentors.get(0).id()));
        }
        Set<PairKey> forbidden = new HashSet<>();
        for (int i = 0; i < participantCount * 2; i++) {
            forbidden.add(new PairKey("p" + random.nextInt(participantCount), "m" + random.nextInt(mentorCount)));
        }
        int minOverlap = List.of(30, 60, 60, 90).get(random.nextInt(4));
        return new MatchingProblem(
                Fixtures.PROGRAM, now, minOverlap, weights(random), participants, mentors, fixed, forbidden);
    }

    private static Map<String, Integer> weights(Random random) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        if (random.nextInt(3) == 0) {
            for (String term : MatchingWeights.TERMS) {
                weights.put(term, random.nextInt(4) == 0 ? 0 : random.nextInt(1000));
            }
        }
        return weights;
    }

    private static ParticipantProfile participant(Random random, String id, Instant now) {
        ProfileStatus status = random.nextInt(12) == 0
                ? ProfileStatus.MATCHED
                : random.nextInt(4) == 0 ? ProfileStatus.PROPOSED : ProfileStatus.WAITING;
        String primary = CohortDraws.issue(random, COMMON_ISSUES);
        List<String> issues = CohortDraws.issues(random, primary, COMMON_ISSUES);
        // each value drawn in the order the seeded cohorts have always drawn them, so a seed gives the same cohort
        return People.participant()
                .id(id)
                .phone("+15550100")
                .status(status)
                .registeredAt(now.minusSeconds(random.nextInt(400) * 86_400L))
                .updatedAt(now)
                .programId(program(random))
                .birthYear(1950 + random.nextInt(55))
                .gender(pick(random, List.of(Gender.values())))
                .languages(languages(random))
                .timezone(pick(random, ZONES))
                .region(random.nextInt(8) == 0 ? null : pick(random, REGIONS))
                .primaryIssue(primary)
                .issues(issues)
                .formats(formats(random))
                .mentorGenderPreference(pick(random, PREFERENCES))
                .availability(availability(random))
                .urgency(random.nextInt(5) == 0 ? Urgency.HIGH : Urgency.NORMAL)
                .build();
    }

    private static MentorProfile mentor(Random random, String id) {
        List<String> lived = CohortDraws.livedExperience(random, COMMON_ISSUES);
        List<String> trained = CohortDraws.trainedFor(random, COMMON_ISSUES);
        return People.mentor()
                .id(id)
                .phone("+15550199")
                .status(random.nextInt(25) == 0 ? ProfileStatus.WITHDRAWN : ProfileStatus.ACTIVE)
                .registeredAt(YEAR_START)
                .updatedAt(YEAR_START)
                .programId(program(random))
                .birthYear(1950 + random.nextInt(55))
                .gender(pick(random, List.of(Gender.values())))
                .languages(languages(random))
                .timezone(pick(random, ZONES))
                .region(pick(random, REGIONS))
                .livedExperience(lived)
                .trainedFor(trained)
                .formats(formats(random))
                .availability(availability(random))
                .capacity(1 + random.nextInt(4))
                .active(random.nextInt(15) != 0)
                .build();
    }

    /** The program, and one time in thirty another. */
    private static String program(Random random) {
        return random.nextInt(30) == 0 ? "other-program" : Fixtures.PROGRAM;
    }

    private static List<String> languages(Random random) {
        return CohortDraws.languages(random, LANGUAGES, () -> pick(random, LANGUAGES));
    }

    private static List<Format> formats(Random random) {
        return CohortDraws.formats(random, () -> pick(random, List.of(Format.values())));
    }

    /** Mostly weekday evenings, as people have them, and some time anywhere in the week. */
    private static List<Slot> availability(Random random) {
        return CohortDraws.availability(random, 1 + random.nextInt(6), () -> random.nextInt(5) < 3, 6 * 60, 15 * 4);
    }
}
