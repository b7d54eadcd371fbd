package org.peermentor.demo;

import java.util.List;

/**
 * The demo cohort: two programs, {@code demo-recovery} and {@code demo-wellbeing}, 150 participants and 50 mentors
 * in all, invented from a seed. The same seed gives the same people, field for field, on any machine.
 */
public record DemoCohort(long seed, List<DemoPerson> mentors, List<DemoPerson> participants) {

    /** The seed of {@code ./run-local --demo}. */
    public static final long DEFAULT_SEED = 2026_11_26L;

    public static DemoCohort generate(long seed) {
        return new CohortGenerator(seed).generate();
    }

    public static DemoCohort standard() {
        return generate(DEFAULT_SEED);
    }

    public List<String> programIds() {
        return DemoProgram.ALL.stream().map(DemoProgram::id).toList();
    }

    /** The program whose proposals the demo approves; the other is left for a program manager to review. */
    public static String approvedProgram() {
        return DemoProgram.RECOVERY.id();
    }

    public List<DemoPerson> participantsOf(String programId) {
        return participants.stream()
                .filter(p -> p.programId().equals(programId))
                .toList();
    }

    public List<DemoPerson> mentorsOf(String programId) {
        return mentors.stream().filter(m -> m.programId().equals(programId)).toList();
    }
}
