package org.peermentor.console.services;

/** One issue or language of a {@link SupplyReport}: participants waiting, their median and longest wait in hours, free places. */
public record SupplyLine(String key, int waiting, long medianWaitHours, long longestWaitHours, int freeMentorPlaces) {}
