package org.peermentor.notification.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.TimeWords;

/** Turns event data into the words an email shows; issue and time words are the shared ones ({@code contracts.words}). */
final class Wording {

    /** The contract's longest name; anything longer is cut, so a hostile name cannot blow up a message. */
    static final int MAX_NAME_LENGTH = 100;

    private Wording() {}

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
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_NAME_LENGTH - 1))
                            .strip() + "…";
        }
        return cleaned;
    }

    static String formats(List<Format> formats, MailLanguage language) {
        List<String> words = formats == null
                ? List.of()
                : formats.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .map(language::format)
                        .toList();
        if (words.isEmpty()) {
            return language.phrases().anyFormat();
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1))
                + language.phrases().lastOr()
                + words.get(words.size() - 1);
    }

    /** "Tuesdays, 18:00–19:00" ("los martes, 18:00–19:00"), one line per weekly window, Monday first. */
    static List<String> times(List<Slot> slots, MailLanguage language) {
        return TimeWords.everyWeek(slots, language::everyWeekOn);
    }

    static String zoneName(String timezone) {
        ZoneId zone = TimeWords.zone(timezone);
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    static String deadline(Instant at, String timezone, MailLanguage language) {
        return at == null ? null : language.deadline().format(at.atZone(TimeWords.zone(timezone)));
    }
}
