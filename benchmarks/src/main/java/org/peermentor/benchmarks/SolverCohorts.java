package org.peermentor.benchmarks;

import static org.peermentor.matching.solver.CohortDraws.pick;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.peermentor.matching.solver.CohortDraws;
import org.peermentor.matching.solver.FixedPairing;
import org.peermentor.matching.solver.MatchingProblem;
import org.peermentor.matching.solver.PairKey;

/**
 * A seeded program the size asked for: common issues common, mostly English, mostly US timezones, weekday evenings,
 * mentors of capacity 1–4 with about a tenth of their places already held, and some pairs refused before. What the
 * draws leave out (program, names, emails, consent) is the tests' {@link People} defaults.
 */
final class SolverCohorts {

    /** How many of the built-in issues are common (see {@link CohortDraws#issue}). */
    private static final int COMMON_ISSUES = 4;

    private static final List<String> LANGUAGES = List.of("en", "en", "en", "en", "en", "en", "es", "es", "es", "pl");
    private static final List<String> ZONES = List.of(
            "America/New_York",
            "America/New_York",
            "America/Chicago",
            "America/Chicago",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "America/Los_Angeles",
            "Europe/Warsaw",
            "Europe/London");
    private static final List<String> REGIONS = List.of("north", "south", "east", "west", "central");
    private static final List<String> PREFERENCES =
            List.of("ANY", "ANY", "ANY", "ANY", "ANY", "ANY", "ANY", "SAME", "SAME", "FEMALE", "FEMALE", "MALE");
    private static final Instant NOW = Instant.parse("2026-05-13T15:00:00Z");

    private SolverCohorts() {}

    /** A cohort of the size the benchmarks' {@code --sizes} name, {@code 1000x300}: participants x mentors. */
    static MatchingProblem cohort(long seed, String size) {
        String[] parts = size.split("x");
        return cohort(seed, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    static MatchingProblem cohort(long seed, int participantCount, int mentorCount) {
        Random random = new Random(seed);
        List<MentorProfile> mentors = new ArrayList<>();
        for (int i = 0; i < mentorCount; i++) {
            mentors.add(mentor(random, "m" + i));
        }
        List<ParticipantProfile> participants = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            participants.add(participant(random, "p" + i));
        }
        List<FixedPairing> fixed = new ArrayList<>();
        for (MentorProfile mentor : mentors) {
            for (int place = 0; place < mentor.capacity(); place++) {
                if (random.nextInt(10) == 0) {
                    fixed.add(new FixedPairing("held-" + mentor.id() + "-" + place, mentor.id()));
                }
            }
        }
        Set<PairKey> forbidden = new HashSet<>();
        for (int i = 0; i < participantCount / 2; i++) {
            forbidden.add(new PairKey("p" + random.nextInt(participantCount), "m" + random.nextInt(mentorCount)));
        }
        return new MatchingProblem(People.PROGRAM, NOW, 60, Map.of(), participants, mentors, fixed, forbidden);
    }

    private static ParticipantProfile participant(Random random, String id) {
        String primary = CohortDraws.issue(random, COMMON_ISSUES);
        List<String> issues = CohortDraws.issues(random, primary, COMMON_ISSUES);
        List<Format> formats = formats(random);
        // each value drawn in the order the seeded cohorts have always drawn them, so a seed gives the same cohort
        return People.participant()
                .id(id)
                .status(random.nextInt(5) == 0 ? ProfileStatus.PROPOSED : ProfileStatus.WAITING)
                .registeredAt(NOW.minusSeconds(random.nextInt(120) * 86_400L))
                .updatedAt(NOW)
                .birthYear(1950 + random.nextInt(56))
                .gender(gender(random))
                .languages(languages(random))
                .timezone(pick(random, ZONES))
                .region(pick(random, REGIONS))
                .primaryIssue(primary)
                .issues(issues)
                .formats(formats)
                .mentorGenderPreference(pick(random, PREFERENCES))
                .availability(availability(random))
                .urgency(random.nextInt(6) == 0 ? Urgency.HIGH : Urgency.NORMAL)
                .build();
    }

    private static MentorProfile mentor(Random random, String id) {
        List<String> lived = CohortDraws.livedExperience(random, COMMON_ISSUES);
        List<String> trained = CohortDraws.trainedFor(random, COMMON_ISSUES);
        return People.mentor()
                .id(id)
                .registeredAt(NOW)
                .updatedAt(NOW)
                .birthYear(1950 + random.nextInt(50))
                .gender(gender(random))
                .languages(languages(random))
                .timezone(pick(random, ZONES))
                .region(pick(random, REGIONS))
                .livedExperience(lived)
                .trainedFor(trained)
                .formats(formats(random))
                .availability(availability(random))
                .capacity(1 + random.nextInt(4))
                .active(random.nextInt(40) != 0)
                .build();
    }

    private static Gender gender(Random random) {
        int draw = random.nextInt(20);
        return draw < 10 ? Gender.FEMALE : draw < 18 ? Gender.MALE : draw < 19 ? Gender.NON_BINARY : Gender.UNDISCLOSED;
    }

    private static List<String> languages(Random random) {
        return CohortDraws.languages(random, LANGUAGES, () -> "en");
    }

    private static List<Format> formats(Random random) {
        return CohortDraws.formats(random, () -> Format.ONLINE);
    }

    private static List<Slot> availability(Random random) {
        return CohortDraws.availability(random, 2 + random.nextInt(5), () -> random.nextInt(4) < 3, 8 * 60, 13 * 4);
    }
}
