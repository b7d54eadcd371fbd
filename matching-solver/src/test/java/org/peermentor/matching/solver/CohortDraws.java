package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.IssueWords;

/**
 * The draws the seeded cohorts share, the solver tests' ({@link Cohorts}) and the benchmarks'. Each takes its values
 * from the caller's {@link Random} in a fixed order, so a seed keeps giving the same cohort.
 */
public final class CohortDraws {

    private CohortDraws() {}

    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * One of the built-in issues: a few are common (one of the first {@code commonIssues}, half the time), the rest
     * rare, as in real programs.
     */
    public static String issue(Random random, int commonIssues) {
        List<String> issues = IssueWords.BUILT_IN_CODES;
        return random.nextBoolean() ? issues.get(random.nextInt(commonIssues)) : pick(random, issues);
    }

    /** A participant's issues: the {@code primary} one and up to two more, each as {@link #issue} draws it. */
    public static List<String> issues(Random random, String primary, int commonIssues) {
        List<String> issues = new ArrayList<>(List.of(primary));
        for (int i = random.nextInt(3); i > 0; i--) {
            issues.add(issue(random, commonIssues));
        }
        return issues;
    }

    /** A mentor's lived experience: one issue, and a second one time in two. */
    public static List<String> livedExperience(Random random, int commonIssues) {
        List<String> lived = new ArrayList<>(List.of(issue(random, commonIssues)));
        if (random.nextBoolean()) {
            lived.add(issue(random, commonIssues));
        }
        return lived;
    }

    /** What a mentor trained for: two issues one time in two, else none. */
    public static List<String> trainedFor(Random random, int commonIssues) {
        return random.nextBoolean() ? List.of(issue(random, commonIssues), issue(random, commonIssues)) : List.of();
    }

    /** One language from {@code languages}, and one time in four the one {@code another} gives as well. */
    public static List<String> languages(Random random, List<String> languages, Supplier<String> another) {
        Set<String> spoken = new HashSet<>(List.of(pick(random, languages)));
        if (random.nextInt(4) == 0) {
            spoken.add(another.get());
        }
        return List.copyOf(spoken);
    }

    /** Each format with odds of two in three; when none is drawn, the one {@code ifNone} gives. */
    public static List<Format> formats(Random random, Supplier<Format> ifNone) {
        List<Format> formats = new ArrayList<>();
        for (Format format : Format.values()) {
            if (random.nextInt(3) > 0) {
                formats.add(format);
            }
        }
        return formats.isEmpty() ? List.of(ifNone.get()) : formats;
    }

    /**
     * {@code count} slots, each on a weekday evening when {@code evening} draws true, else during the day; each as
     * {@link #slot} draws it.
     */
    public static List<Slot> availability(
            Random random, int count, BooleanSupplier evening, int dayStartMinute, int dayStartQuarters) {
        List<Slot> slots = new ArrayList<>();
        for (int i = count; i > 0; i--) {
            slots.add(slot(random, evening.getAsBoolean(), dayStartMinute, dayStartQuarters));
        }
        return slots;
    }

    /**
     * One to three hours from a quarter hour, ending by midnight: on a weekday evening from 17:00, or else on any
     * day from {@code dayStartMinute} at one of {@code dayStartQuarters} quarter hours.
     */
    private static Slot slot(Random random, boolean evening, int dayStartMinute, int dayStartQuarters) {
        DayOfWeek day = evening ? DayOfWeek.of(1 + random.nextInt(5)) : pick(random, List.of(DayOfWeek.values()));
        int start = evening ? 17 * 60 + random.nextInt(9) * 15 : dayStartMinute + random.nextInt(dayStartQuarters) * 15;
        int end = Math.min(23 * 60 + 59, start + 60 + random.nextInt(9) * 15);
        return new Slot(day, LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L));
    }
}
