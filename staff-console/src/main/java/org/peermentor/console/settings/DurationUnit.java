package org.peermentor.console.settings;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The units a manager chooses from for a {@link DurationEntry}, largest first, each named as the {@link ChronoUnit}
 * it stands for, which gives its words and length; only its ISO-8601 form is its own.
 */
enum DurationUnit {
    DAYS("P%dD"),
    HOURS("PT%dH"),
    MINUTES("PT%dM"),
    SECONDS("PT%dS");

    private final String iso;

    DurationUnit(String iso) {
        this.iso = iso;
    }

    static Optional<DurationUnit> named(String name) {
        return Arrays.stream(values()).filter(unit -> unit.name().equals(name)).findFirst();
    }

    /** "days", "hours", … */
    String words() {
        return name().toLowerCase(Locale.ROOT);
    }

    Duration length() {
        return ChronoUnit.valueOf(name()).getDuration();
    }

    /** A format for {@link String#formatted} with the whole amount, e.g. {@code PT%dH}. */
    String iso() {
        return iso;
    }
}
