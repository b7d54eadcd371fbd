package org.peermentor.matching.settings;

import java.time.Duration;

/** The durations of a settings change, parsed from their ISO-8601 text, each null when left out. */
record RequestedDurations(Duration reminderAfter, Duration firstCheckIn, Duration checkInEvery) {}
