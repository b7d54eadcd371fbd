package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;

/**
 * The draws the seeded cohorts share, the solver tests' ({@link Cohorts}) and the benchmarks'. Each takes its values
 * from the caller's {@link Random} in a fixed order, so a seed keeps giving the same cohort.
 */
public final class CohortDraws {

    private CohortDraws() {}

    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
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
