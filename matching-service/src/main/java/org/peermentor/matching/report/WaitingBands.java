package org.peermentor.matching.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The four bands of the report's waiting-time distribution: under a day, up to a week, up to four weeks, more. */
enum WaitingBands {
    UNDER_1_DAY("Under a day", Duration.ofDays(1)),
    UP_TO_1_WEEK("1 to 7 days", Duration.ofDays(7)),
    UP_TO_4_WEEKS("1 to 4 weeks", Duration.ofDays(28)),
    OVER_4_WEEKS("Over 4 weeks", null);

    private final String label;
    /** The longest wait in the band (the first band excludes a whole day); null: no limit. */
    private final Duration upTo;

    WaitingBands(String label, Duration upTo) {
        this.label = label;
        this.upTo = upTo;
    }

    /** How many of these waits fall in each band; a wait not known counts as under a day. */
    static List<WaitingTime> count(List<Instant> waitingSince, Instant now) {
        int[] counts = new int[values().length];
        waitingSince.forEach(since -> counts[
                of(since == null ? Duration.ZERO : Duration.between(since, now)).ordinal()]++);
        return Arrays.stream(values())
                .map(band -> new WaitingTime(band.name(), band.label, counts[band.ordinal()]))
                .toList();
    }

    static WaitingBands of(Duration waited) {
        if (waited.compareTo(UNDER_1_DAY.upTo) < 0) {
            return UNDER_1_DAY;
        }
        for (WaitingBands band : List.of(UP_TO_1_WEEK, UP_TO_4_WEEKS)) {
            if (waited.compareTo(band.upTo) <= 0) {
                return band;
            }
        }
        return OVER_4_WEEKS;
    }
}
