package org.peermentor.matching.round;

import java.util.List;

/** A participant a round left without a mentor, and why. */
public record Unmatched(String participantId, List<String> reasons) {}
