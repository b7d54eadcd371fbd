package org.peermentor.intake.profile;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import org.peermentor.contracts.Slot;

/** Turns a checked request into stored values: trimmed text, no repeated list items, parsed times. */
public final class Requests {

    private Requests() {}

    public static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }

    public static List<Slot> slots(List<SlotRequest> slots) {
        return slots.stream()
                .map(slot -> new Slot(slot.day(), LocalTime.parse(slot.start()), LocalTime.parse(slot.end())))
                .toList();
    }
}
