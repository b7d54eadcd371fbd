package org.peermentor.intake.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;

/** A weekly slot as sent by intake staff: times are {@code HH:mm} in the person's own timezone. */
public record SlotRequest(
        @NotNull DayOfWeek day,

        @NotNull @Pattern(regexp = TIME, message = "must be a time of day as HH:mm")
        String start,

        @NotNull @Pattern(regexp = TIME, message = "must be a time of day as HH:mm")
        String end) {

    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
}
