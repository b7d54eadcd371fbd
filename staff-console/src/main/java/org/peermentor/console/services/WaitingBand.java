package org.peermentor.console.services;

/** How many waiting participants have waited this long ({@code key} e.g. {@code UNDER_1_DAY}, {@code label} in words). */
public record WaitingBand(String key, String label, int count) {}
