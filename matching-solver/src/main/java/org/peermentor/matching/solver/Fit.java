package org.peermentor.matching.solver;

import java.util.List;

/**
 * How well one allowed mentor suits one participant, worked out once per round: what the quality terms score.
 * {@code sharedRegion} is null when they are not in the same region.
 */
public record Fit(int overlapMinutes, List<String> sharedIssues, String sharedRegion, int ageGap) {

    static final int AGE_HORIZON_YEARS = 30;
    static final int OVERLAP_CAP_MINUTES = 600;
    static final int OVERLAP_UNIT_MINUTES = 15;

    public Fit {
        sharedIssues = List.copyOf(sharedIssues);
    }

    /** Years under 30 between their birth years: 30 for the same year, 0 from 30 years apart. */
    int ageClosenessUnits() {
        return ageClosenessUnits(ageGap);
    }

    static int ageClosenessUnits(int ageGap) {
        return Math.max(0, AGE_HORIZON_YEARS - ageGap);
    }

    /** Quarter-hours of weekly overlap, up to ten hours. */
    int overlapUnits() {
        return overlapUnits(overlapMinutes);
    }

    static int overlapUnits(int overlapMinutes) {
        return Math.min(overlapMinutes, OVERLAP_CAP_MINUTES) / OVERLAP_UNIT_MINUTES;
    }
}
