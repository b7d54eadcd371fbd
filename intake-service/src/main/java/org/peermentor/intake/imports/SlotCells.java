package org.peermentor.intake.imports;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermentor.service.web.FieldError;
import tools.jackson.databind.node.ArrayNode;

/** Reads a cell's weekly times, such as {@code TUESDAY 18:00-20:00;THURSDAY 09:00-10:30}, into the slots of a body. */
final class SlotCells {

    private static final Pattern SLOT = Pattern.compile("([A-Za-z]+)\\s+(\\S+?)\\s*-\\s*(\\S+)");

    private SlotCells() {}

    /** Adds a slot per item to {@code slots}, or why an item cannot be one to {@code errors}. */
    static void fill(ArrayNode slots, String column, List<String> items, List<FieldError> errors) {
        for (int i = 0; i < items.size(); i++) {
            Matcher slot = SLOT.matcher(items.get(i));
            DayOfWeek day = slot.matches() ? day(slot.group(1)) : null;
            if (day == null) {
                errors.add(
                        new FieldError(column + "[" + i + "]", "must be a day and times such as TUESDAY 18:00-20:00"));
            } else {
                slots.addObject()
                        .put("day", day.name())
                        .put("start", slot.group(2))
                        .put("end", slot.group(3));
            }
        }
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notADay) {
            return null;
        }
    }
}
