package org.peermentor.notification.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.TimeWords;

/** Turns event data into the words an email shows; issue and time words are the shared ones ({@code contracts.words}). */
final class Wording {

    /** The contract's longest name; anything longer is cut, so a hostile name cannot blow up a message. */
    static final int MAX_NAME_LENGTH = 100;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private Wording() {
    }

    /**
     * A first name as it may appear in a message: control characters (line breaks included) and text-direction
     * overrides removed, spaces collapsed, at most {@value #MAX_NAME_LENGTH} characters. Escaping is the template's job.
     */
    static String name(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String cleaned = raw.replaceAll("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (cleaned.isEmpty()) {
            return fallback;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_NAME_LENGTH - 1)).strip() + "…";
        }
        return cleaned;
    }

    static String formats(List<Format> formats) {
        List<String> words = formats == null ? List.of() : formats.stream()
                .filter(Objects::nonNull).distinct().sorted().map(Wording::format).toList();
        if (words.isEmpty()) {
            return "in the way your program arranges";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String format(Format format) {
        return switch (format) {
            case ONLINE -> "online";
            case PHONE -> "by phone";
            case IN_PERSON -> "in person";
        };
    }

    /** "Tuesdays, 18:00–19:00", one line per weekly window, Monday first. */
    static List<String> times(List<Slot> slots) {
        return TimeWords.everyWeek(slots);
    }

    static String zoneName(String timezone) {
        ZoneId zone = TimeWords.zone(timezone);
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    static String deadline(Instant at, String timezone) {
        return at == null ? null : DEADLINE.format(at.atZone(TimeWords.zone(timezone)));
    }
}
