package org.peermentor.notification.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.TimeWords;

/**
 * Turns event data into the words an email shows; issue and time words are the shared ones ({@code contracts.words}),
 * names are {@link ShownName}'s.
 */
final class Wording {

    private Wording() {}

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
                + " " + language.phrases().lastOr() + " "
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
