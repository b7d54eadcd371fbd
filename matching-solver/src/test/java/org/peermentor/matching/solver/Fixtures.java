package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Slot;

/** Shared test data: a reference time, a program, slot and problem shorthands. */
final class Fixtures {

    /** A Wednesday in June 2026: no DST change anywhere near. */
    static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    static final String PROGRAM = "recovery-north";
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    static final Duration UNIMPROVED_LIMIT = Duration.ZERO; // as the service runs it: the exact seed, no local search

    private Fixtures() {}

    static Slot slot(DayOfWeek day, String start, String end) {
        return new Slot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Participant "p" living in this timezone, free at these times of their week; the rest the builder's defaults. */
    static ParticipantProfile participantIn(String timezone, Slot... availability) {
        return ParticipantBuilder.participant("p")
                .timezone(timezone)
                .availability(availability)
                .build();
    }

    /** Mentor "m" living in this timezone, free at these times of their week; the rest the builder's defaults. */
    static MentorProfile mentorIn(String timezone, Slot... availability) {
        return MentorBuilder.mentor("m")
                .timezone(timezone)
                .availability(availability)
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
