package org.peermentor.matching.pairing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.Slot;

/**
 * Turns a pairing's codes into the words the mentor's page shows: "Tuesday 18:00–20:00", not {@code TUESDAY};
 * "grief", not {@code GRIEF}; the link's expiry as a date on the mentor's own clock.
 */
final class MentorWording {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private MentorWording() {
    }

    /** The weekly windows both have, on the mentor's clock, Monday first, one line each. */
    static List<String> times(List<Overlap> overlaps) {
        return overlaps == null ? List.of() : overlaps.stream()
                .filter(Objects::nonNull).map(Overlap::mentorLocal)
                .filter(slot -> slot != null && slot.day() != null && slot.start() != null && slot.end() != null)
                .sorted(Comparator.comparing(Slot::day).thenComparing(Slot::start))
                .map(slot -> slot.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                        + CLOCK.format(slot.start()) + "–" + CLOCK.format(slot.end()))
                .distinct()
                .toList();
    }

    /**
     * An issue code in words ({@code EATING_DISORDER} → "eating disorder"): codes are identifiers of the program's
     * taxonomy, never text for people, so any code, known or not, reads as words.
     */
    static String issue(String code) {
        return code == null || code.isBlank() ? null : code.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
    }

    /** "20 December 2026 at 14:30" on the given clock. */
    static String until(Instant expiresAt, ZoneId zone) {
        var local = expiresAt.atZone(zone);
        return DAY.format(local) + " at " + CLOCK.format(local);
    }

    /** The mentor's zone, or UTC when the profile names none or an unknown one. */
    static ZoneId zone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** How the page names that clock: "America/Chicago time" or "UTC". */
    static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId() + " time";
    }
}
