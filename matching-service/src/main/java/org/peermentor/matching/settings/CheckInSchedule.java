package org.peermentor.matching.settings;

import java.time.Duration;
import tools.jackson.databind.annotation.JsonSerialize;

/** When the first check-in goes after a pairing is accepted, and how long after each one the next follows. */
public record CheckInSchedule(
        @JsonSerialize(using = IsoDurations.Writer.class) Duration firstAfter,

        @JsonSerialize(using = IsoDurations.Writer.class) Duration every) {}
