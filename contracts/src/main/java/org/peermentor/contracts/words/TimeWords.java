package org.peermentor.contracts.words;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.peermentor.contracts.Slot;

/**
 * Weekly times and clocks in the words people read, the same in an email and on a page: day names, not
 * {@code TUESDAY}; 24-hour clock times; the person's own zone, or UTC when their profile names none or an unknown one.
 */
public final class TimeWords {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private TimeWords() {}

    /** "Tuesdays, 18:00–20:00": one line per weekly window, Monday first, repeats and incomplete slots left out. */
    public static List<String> everyWeek(List<Slot> slots) {
        return lines(slots, day -> english(day) + "s, ");
    }

    /** The same lines with the day every week in other words: "los martes, 18:00–20:00". */
    public static List<String> everyWeek(List<Slot> slots, Function<DayOfWeek, String> everyWeekOn) {
        return lines(slots, day -> everyWeekOn.apply(day) + ", ");
    }

    /** "Tuesday 18:00–20:00": the same lines, naming the day once. */
    public static List<String> onDays(List<Slot> slots) {
        return lines(slots, day -> english(day) + " ");
    }

    /** "18:00": a clock time the way every message shows one. */
    public static DateTimeFormatter clock() {
        return CLOCK;
    }

    /** The zone of a profile's {@code timezone}, or UTC when it names none or one this JVM does not know. */
    public static ZoneId zone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static String english(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static List<String> lines(List<Slot> slots, Function<DayOfWeek, String> dayWords) {
        return slots == null
                ? List.of()
                : slots.stream()
                        .filter(slot ->
                                slot != null && slot.day() != null && slot.start() != null && slot.end() != null)
                        .sorted(Comparator.comparing(Slot::day).thenComparing(Slot::start))
                        .map(slot -> dayWords.apply(slot.day()) + CLOCK.format(slot.start()) + "–"
                                + CLOCK.format(slot.end()))
                        .distinct()
                        .toList();
    }
}
