package org.peermentor.console.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The units a manager chooses from for a {@link DurationEntry}, largest first: its words, length and ISO-8601 form. */
enum DurationUnit {
    DAYS("days", Duration.ofDays(1), "P%dD"),
    HOURS("hours", Duration.ofHours(1), "PT%dH"),
    MINUTES("minutes", Duration.ofMinutes(1), "PT%dM"),
    SECONDS("seconds", Duration.ofSeconds(1), "PT%dS");

    private final String words;
    private final Duration length;
    private final String iso;

    DurationUnit(String words, Duration length, String iso) {
        this.words = words;
        this.length = length;
        this.iso = iso;
    }

    static Optional<DurationUnit> named(String name) {
        return Arrays.stream(values()).filter(unit -> unit.name().equals(name)).findFirst();
    }

    String words() {
        return words;
    }

    Duration length() {
        return length;
    }

    /** A format for {@link String#formatted} with the whole amount, e.g. {@code PT%dH}. */
    String iso() {
        return iso;
    }
}
