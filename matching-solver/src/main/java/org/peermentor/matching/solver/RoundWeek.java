package org.peermentor.matching.solver;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.Slot;

/**
 * The real week H4 reads both calendars in: the week (Monday to Sunday, by UTC date) that holds the reference time.
 * The participant's slots are laid on those seven dates in the participant's zone, each counted once; the mentor's
 * on the same dates plus one day either side in the mentor's zone, so that whatever the offsets, every participant
 * slot meets the mentor's slots that really fall beside it (a Monday 00:30 in Tokyo meets a Sunday afternoon in
 * Los Angeles). A week holding a DST change in one zone shifts that person's later slots by an hour in the other's
 * clock, as it really does.
 */
final class RoundWeek {

    private static final int LOCAL_MIDNIGHT_END_HOUR = 23;
    private static final int LOCAL_MIDNIGHT_END_MINUTE = 59;

    private final LocalDate monday;

    RoundWeek(Instant referenceTime) {
        this.monday = LocalDate.ofInstant(referenceTime, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    WeeklyTimes participantTimes(Collection<Slot> slots, ZoneId zone) {
        return zone == null ? WeeklyTimes.NONE : WeeklyTimes.of(slots, zone, monday, 7);
    }

    WeeklyTimes mentorTimes(Collection<Slot> slots, ZoneId zone) {
        return zone == null ? WeeklyTimes.NONE : WeeklyTimes.of(slots, zone, monday.minusDays(1), 9);
    }

    /** The shared windows, each written in both clocks, split where either clock passes midnight. */
    static List<Overlap> overlaps(
            WeeklyTimes participant, ZoneId participantZone, WeeklyTimes mentor, ZoneId mentorZone) {
        List<Overlap> overlaps = new ArrayList<>();
        for (long[] window : participant.intersection(mentor)) {
            long from = window[0];
            while (from < window[1]) {
                long to = Math.min(
                        window[1], Math.min(nextMidnight(from, participantZone), nextMidnight(from, mentorZone)));
                int minutes = (int) ((to - from) / 60);
                if (minutes > 0) {
                    overlaps.add(new Overlap(slot(from, to, participantZone), slot(from, to, mentorZone), minutes));
                }
                from = to;
            }
        }
        return overlaps;
    }

    private static long nextMidnight(long epochSecond, ZoneId zone) {
        LocalDate date = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone)
                .toLocalDate();
        return date.plusDays(1).atStartOfDay(zone).toEpochSecond();
    }

    private static Slot slot(long from, long to, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(Instant.ofEpochSecond(from), zone);
        LocalDateTime end = LocalDateTime.ofInstant(Instant.ofEpochSecond(to), zone);
        // A window ending at local midnight ends at 23:59 of its day: a slot's end must come after its start.
        LocalTime endTime = end.toLocalDate().isAfter(start.toLocalDate())
                ? LocalTime.of(LOCAL_MIDNIGHT_END_HOUR, LOCAL_MIDNIGHT_END_MINUTE)
                : end.toLocalTime();
        return new Slot(start.getDayOfWeek(), start.toLocalTime(), endTime);
    }
}
