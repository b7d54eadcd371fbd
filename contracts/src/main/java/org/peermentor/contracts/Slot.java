package org.peermentor.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly time window in its owner's local time, written {@code "18:00"}; {@code end} is after {@code start}. */
public record Slot(
        DayOfWeek day,

        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
        LocalTime start,

        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm")
        LocalTime end) {}
