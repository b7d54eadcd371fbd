package org.peermentor.console.services;

import java.util.Map;

/** How a program matches (the matching service's settings); a change applies to the next round. */
public record Settings(
        String programId,
        int minOverlapMinutes,
        boolean autoApprove,
        int settleTimeSeconds,
        Map<String, Integer> weights) {}
