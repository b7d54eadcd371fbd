package org.peermentor.matching.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;

/**
 * A change of a program's settings; fields left out keep their current value. Durations are ISO-8601 text
 * ({@code P3D}, {@code PT12H}), each between PT1S and P365D, so a bad one is named in the answer.
 */
public record SettingsRequest(
        @Min(0) @Max(1440) Integer minOverlapMinutes,
        Boolean autoApprove,
        @Min(0) @Max(86400) Integer settleTimeSeconds,
        Map<String, Integer> weights,
        String reminderAfter,
        CheckInScheduleChange checkIns,
        Boolean rematchOnNewMentorRequest) {}
