package org.peermentor.matching.round;

import java.time.Instant;
import java.util.List;

/** One round's unmatched participants and when the round started. */
public record UnmatchedIn(String roundId, Instant startedAt, List<Unmatched> unmatched) {}
