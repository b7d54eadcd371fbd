package org.peermentor.matching.report;

/** One band of waiting time and how many wait that long. */
public record WaitingTime(String key, String label, int count) {}
