package org.peermentor.matching.settings;

/** A change of the check-in schedule, as ISO-8601 text; either field may be left out. */
public record CheckInScheduleChange(String firstAfter, String every) {}
