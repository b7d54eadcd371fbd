package org.peermentor.matching.report;

/** One issue or language: participants waiting, their median and longest wait in hours, free places. */
public record SupplyLine(String key, int waiting, long medianWaitHours, long longestWaitHours, int freeMentorPlaces) {}
