package org.peermentor.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** Weekly slots as volunteers and participants offer them: weekday evenings and weekend daytimes, local time. */
final class DemoAvailability {

    private static final List<DayOfWeek> WEEKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final LocalTime LATEST_END = LocalTime.of(22, 30);

    private DemoAvailability() {}

    /** A volunteer's week: 3-5 slots, longer evenings from 17:30 or 19:00, or half a weekend day. */
    static List<Map<String, Object>> mentorSlots(Random random) {
        return slots(
                3 + random.nextInt(3),
                0.7,
                random,
                r -> LocalTime.of(17, 30).plusMinutes(30L * r.nextInt(4)),
                r -> 150 + 30 * r.nextInt(3),
                r -> 180 + 60 * r.nextInt(2));
    }

    /** A participant's week: 2-3 slots, evenings between 17:00 and 22:30, or a couple of weekend hours. */
    static List<Map<String, Object>> participantSlots(Random random) {
        return slots(
                2 + random.nextInt(2),
                0.65,
                random,
                r -> LocalTime.of(17, 0).plusMinutes(30L * r.nextInt(7)),
                r -> 90 + 30 * r.nextInt(4),
                r -> 120 + 30 * r.nextInt(3));
    }

    /** {@code count} slots on different days, each an evening with the given chance, else on the weekend. */
    private static List<Map<String, Object>> slots(
            int count,
            double eveningChance,
            Random random,
            Function<Random, LocalTime> eveningStart,
            ToIntFunction<Random> eveningMinutes,
            ToIntFunction<Random> weekendMinutes) {
        List<DayOfWeek> weekdays = shuffled(WEEKDAYS, random);
        List<DayOfWeek> weekend = shuffled(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), random);
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (weekend.isEmpty() || random.nextDouble() < eveningChance) {
                LocalTime start = eveningStart.apply(random);
                LocalTime end = start.plusMinutes(eveningMinutes.applyAsInt(random));
                slots.add(slot(
                        weekdays.remove(0), start, end.isAfter(LATEST_END) || end.isBefore(start) ? LATEST_END : end));
            } else {
                LocalTime start = LocalTime.of(9 + random.nextInt(6), 0);
                slots.add(slot(weekend.remove(0), start, start.plusMinutes(weekendMinutes.applyAsInt(random))));
            }
        }
        return List.copyOf(slots);
    }

    /** Early weekday mornings only, before any evening or weekend slot anywhere in the US or Europe. */
    static List<Map<String, Object>> earlyMornings() {
        return List.of(
                slot(DayOfWeek.TUESDAY, LocalTime.of(5, 0), LocalTime.of(6, 30)),
                slot(DayOfWeek.THURSDAY, LocalTime.of(5, 0), LocalTime.of(6, 30)));
    }

    static Map<String, Object> slot(DayOfWeek day, LocalTime start, LocalTime end) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("day", day.name());
        slot.put("start", start.toString());
        slot.put("end", end.toString());
        return Collections.unmodifiableMap(slot);
    }

    private static <T> List<T> shuffled(List<T> values, Random random) {
        List<T> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }
}
