package org.peermentor.matching.solver;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.peermentor.contracts.Slot;

/** A person's free time over some real days, as sorted, merged [start, end) intervals in epoch seconds. */
final class WeeklyTimes {

    static final WeeklyTimes NONE = new WeeklyTimes(new long[0], new long[0]);

    private final long[] starts;
    private final long[] ends;

    private WeeklyTimes(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Every occurrence of the weekly slots on {@code days} local dates from {@code firstDay}, DST-correct. */
    static WeeklyTimes of(Collection<Slot> slots, ZoneId zone, LocalDate firstDay, int days) {
        List<long[]> occurrences = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            for (Slot slot : slots) {
                if (isValid(slot) && slot.day() == date.getDayOfWeek()) {
                    long start = ZonedDateTime.of(date, slot.start(), zone).toEpochSecond();
                    long end = ZonedDateTime.of(date, slot.end(), zone).toEpochSecond();
                    if (end > start) {
                        occurrences.add(new long[] {start, end});
                    }
                }
            }
        }
        return merged(occurrences);
    }

    /** The zone a profile names, or null when it names none Java knows. */
    static ZoneId zoneOrNull(String timezone) {
        if (timezone == null) {
            return null;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException unknownZone) {
            return null;
        }
    }

    /** The seconds both are free, as {@link #intersection} would add them up, without building the windows. */
    long overlapSeconds(WeeklyTimes other) {
        return walkTogether(other, null);
    }

    /** The windows both are free in, in time order. */
    List<long[]> intersection(WeeklyTimes other) {
        List<long[]> windows = new ArrayList<>();
        walkTogether(other, windows);
        return windows;
    }

    /**
     * Walks both sorted interval lists at once: the seconds both are free, and each window they are, added to
     * {@code windows} unless it is null (the solver's hot path asks for the seconds only).
     */
    private long walkTogether(WeeklyTimes other, List<long[]> windows) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            long start = Math.max(starts[i], other.starts[j]);
            long end = Math.min(ends[i], other.ends[j]);
            if (end > start) {
                total += end - start;
                if (windows != null) {
                    windows.add(new long[] {start, end});
                }
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    private static boolean isValid(Slot slot) {
        return slot != null && slot.day() != null && slot.start() != null && slot.end() != null;
    }

    private static WeeklyTimes merged(List<long[]> intervals) {
        intervals.sort(Comparator.comparingLong(interval -> interval[0]));
        long[] starts = new long[intervals.size()];
        long[] ends = new long[intervals.size()];
        int count = 0;
        for (long[] interval : intervals) {
            if (count > 0 && interval[0] <= ends[count - 1]) {
                ends[count - 1] = Math.max(ends[count - 1], interval[1]);
            } else {
                starts[count] = interval[0];
                ends[count] = interval[1];
                count++;
            }
        }
        return new WeeklyTimes(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }
}
