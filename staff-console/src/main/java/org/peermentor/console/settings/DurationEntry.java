package org.peermentor.console.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peermentor.console.web.Choice;

/**
 * A setting's ISO-8601 duration as a manager types it: a whole number and a unit, days or hours ({@code P3D} is 3
 * days, {@code PT12H} 12 hours). A saved value in minutes or seconds (a test's {@code PT5S}) is shown in that unit
 * and its unit offered too, so saving the form unchanged keeps it.
 */
record DurationEntry(long amount, DurationUnit unit) {

    /** The entry for a saved duration in its largest whole unit; empty when there is none or it is not ISO-8601. */
    static Optional<DurationEntry> of(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            Duration duration = Duration.parse(iso);
            for (DurationUnit unit : DurationUnit.values()) {
                if (duration.toNanos() % unit.length().toNanos() == 0) {
                    return Optional.of(new DurationEntry(duration.dividedBy(unit.length()), unit));
                }
            }
            return Optional.empty();
        } catch (DateTimeParseException | ArithmeticException notWhole) {
            return Optional.empty();
        }
    }

    /** What a form holds: a whole number of at least 1 and a known unit; empty otherwise. */
    static Optional<DurationEntry> typed(String amount, String unit) {
        try {
            long whole = Long.parseLong(amount);
            return whole < 1
                    ? Optional.empty()
                    : DurationUnit.named(unit).map(known -> new DurationEntry(whole, known));
        } catch (NumberFormatException notWhole) {
            return Optional.empty();
        }
    }

    String iso() {
        return unit.iso().formatted(amount);
    }

    /** Days and hours, and the unit typed or saved when it is a smaller one. */
    static List<Choice> choices(String current) {
        List<Choice> choices = new ArrayList<>(List.of(choice(DurationUnit.DAYS), choice(DurationUnit.HOURS)));
        DurationUnit.named(current)
                .filter(unit -> unit == DurationUnit.MINUTES || unit == DurationUnit.SECONDS)
                .ifPresent(unit -> choices.add(choice(unit)));
        return choices;
    }

    private static Choice choice(DurationUnit unit) {
        return new Choice(unit.name(), unit.words());
    }
}
