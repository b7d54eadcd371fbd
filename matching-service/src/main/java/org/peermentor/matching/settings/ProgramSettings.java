package org.peermentor.matching.settings;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a program matches and follows its pairings: the minimum weekly overlap (rule H4), whether proposals are
 * approved at once, how long to wait after the last change before an automatic round, the weight of each quality
 * term; when a mentor who has not answered a request is reminded, when check-ins go out after a pairing is accepted,
 * and whether a participant's request for a new mentor ends the pairing at once with a rematch. Durations are written
 * as ISO-8601 ({@code P3D}, {@code PT12H}).
 */
@RecordBuilder
public record ProgramSettings(
        String programId,
        int minOverlapMinutes,
        boolean autoApprove,
        int settleTimeSeconds,
        Map<String, Integer> weights,
        @JsonSerialize(using = IsoDurations.Writer.class) Duration reminderAfter,
        CheckInSchedule checkIns,
        boolean rematchOnNewMentorRequest) {}
