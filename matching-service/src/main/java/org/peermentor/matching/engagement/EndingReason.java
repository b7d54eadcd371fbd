package org.peermentor.matching.engagement;

/** A reason for ending, as the manager (or the system) wrote it, and how many pairings ended for it. */
public record EndingReason(String reason, int count) {}
