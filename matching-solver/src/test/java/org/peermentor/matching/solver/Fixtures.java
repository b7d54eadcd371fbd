package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.MentorProfileBuilder;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileBuilder;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.fixtures.People;

/**
 * Shared test data: a reference time, the program, the people of the solver's tests, and slot and problem shorthands.
 * The people are every module's {@link People}, who fit one another, with the id a test names them by and both in
 * region {@code chicago-north}, so that the same-region term counts.
 */
final class Fixtures {

    /** A Wednesday in June 2026: no DST change anywhere near. */
    static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    static final String PROGRAM = People.PROGRAM;
    static final String REGION = "chicago-north";
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    static final Duration UNIMPROVED_LIMIT = Duration.ZERO; // as the service runs it: the exact seed, no local search

    private Fixtures() {}

    /** A participant who has waited 10 days by {@link #NOW}; the rest {@link People#participant()}'s defaults. */
    static ParticipantProfileBuilder participant(String id) {
        return People.participant().id(id).registeredAt(daysAgo(10)).region(REGION);
    }

    /** A mentor with two places; the rest {@link People#mentor()}'s defaults. */
    static MentorProfileBuilder mentor(String id) {
        return People.mentor().id(id).region(REGION).capacity(2);
    }

    /** The time {@code days} whole days before {@link #NOW}. */
    static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    static Slot slot(DayOfWeek day, String start, String end) {
        return new Slot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Participant "p" living in this timezone, free at these times of their week; the rest as {@link #participant}. */
    static ParticipantProfile participantIn(String timezone, Slot... availability) {
        return participant("p")
                .timezone(timezone)
                .availability(List.of(availability))
                .build();
    }

    /** Mentor "m" living in this timezone, free at these times of their week; the rest as {@link #mentor}. */
    static MentorProfile mentorIn(String timezone, Slot... availability) {
        return mentor("m")
                .timezone(timezone)
                .availability(List.of(availability))
                .build();
    }

    static MatchingProblem problem(List<ParticipantProfile> participants, List<MentorProfile> mentors) {
        return problem(participants, mentors, List.of(), Set.of(), Map.of());
    }

    static MatchingProblem problem(
            List<ParticipantProfile> participants,
            List<MentorProfile> mentors,
            List<FixedPairing> fixed,
            Set<PairKey> forbidden,
            Map<String, Integer> weights) {
        return new MatchingProblem(
                PROGRAM,
                NOW,
                MatchingProblem.DEFAULT_MIN_OVERLAP_MINUTES,
                weights,
                participants,
                mentors,
                fixed,
                forbidden);
    }

    static MatchingResult solve(MatchingProblem problem) {
        return new MatchingSolver().solve(problem, TIME_LIMIT, UNIMPROVED_LIMIT);
    }
}
