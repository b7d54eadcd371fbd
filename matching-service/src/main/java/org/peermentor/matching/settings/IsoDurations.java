package org.peermentor.matching.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.peermentor.service.web.FieldError;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The ISO-8601 durations of program settings: read from any ISO form ({@code P3D}, {@code PT72H}, {@code PT5S}),
 * written in whole days when they are ({@code P3D}, as a person would write it), else as {@link Duration} writes
 * itself ({@code PT12H}). Each lies between {@link #SHORTEST} and {@link #LONGEST}.
 */
final class IsoDurations {

    static final Duration SHORTEST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofDays(365);

    private static final Duration DAY = Duration.ofDays(1);

    private IsoDurations() {}

    static String format(Duration duration) {
        return duration.toNanos() % DAY.toNanos() == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    /** The duration {@code text} names, or {@code null} after adding to {@code errors} why it is not one we take. */
    static Duration parse(String field, String text, List<FieldError> errors) {
        Duration duration;
        try {
            duration = Duration.parse(text.strip());
        } catch (DateTimeParseException notIso) {
            errors.add(new FieldError(field, "must be an ISO-8601 duration such as P3D or PT12H"));
            return null;
        }
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            errors.add(new FieldError(field, "must be between PT1S and P365D"));
            return null;
        }
        return duration;
    }

    /** A stored duration, or {@code fallback} when there is none or it cannot be read. */
    static Duration stored(Object value, Duration fallback) {
        if (!(value instanceof String text)) {
            return fallback;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException unreadable) {
            return fallback;
        }
    }

    /** Writes a duration as {@link #format} does. */
    static final class Writer extends StdSerializer<Duration> {

        Writer() {
            super(Duration.class);
        }

        @Override
        public void serialize(Duration value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(format(value));
        }
    }
}
