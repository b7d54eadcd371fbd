package org.peermentor.matching.settings;

import java.util.Map;

/**
 * How a program matches: the minimum weekly overlap (rule H4), whether proposals are approved at once, how
 * long to wait after the last change before an automatic round, and the weight of each quality term.
 */
public record ProgramSettings(
        String programId,
        int minOverlapMinutes,
        boolean autoApprove,
        int settleTimeSeconds,
        Map<String, Integer> weights) {}
