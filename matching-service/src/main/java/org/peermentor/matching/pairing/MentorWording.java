package org.peermentor.matching.pairing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.words.IssueWords;
import org.peermentor.contracts.words.TimeWords;

/**
 * Turns a pairing's codes into the words the mentor's page shows: "Tuesday 18:00–20:00", not {@code TUESDAY};
 * an issue in the words the mentor's email uses; the link's expiry as a date on the mentor's own clock.
 */
final class MentorWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final IssueWords ISSUES = IssueWords.defaults();

    private MentorWording() {}

    /** The weekly windows both have, on the mentor's clock, Monday first, one line each. */
    static List<String> times(List<Overlap> overlaps) {
        return overlaps == null
                ? List.of()
                : TimeWords.onDays(overlaps.stream()
                        .filter(Objects::nonNull)
                        .map(Overlap::mentorLocal)
                        .toList());
    }

    /** An issue code in the email's words ({@code PTSD} → "post-traumatic stress"); none when there is no code. */
    static String issue(String code) {
        return code == null || code.isBlank() ? null : ISSUES.of(code);
    }

    /** "20 December 2026 at 14:30" on the given clock. */
    static String until(Instant expiresAt, ZoneId zone) {
        var local = expiresAt.atZone(zone);
        return DAY.format(local) + " at " + TimeWords.clock().format(local);
    }

    /** The mentor's zone, or UTC when the profile names none or an unknown one. */
    static ZoneId zone(String timezone) {
        return TimeWords.zone(timezone);
    }

    /** How the page names that clock: "America/Chicago time" or "UTC". */
    static String zoneName(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId() + " time";
    }
}
