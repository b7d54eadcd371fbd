package org.peermentor.matching.round;

import java.util.Map;

/** What a program manager may ask of a round; all optional. */
public record RoundRequest(Integer timeLimitSeconds, Boolean dryRun, Map<String, Integer> weights) {

    static final RoundRequest DEFAULT = new RoundRequest(null, false, null);

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }
}
