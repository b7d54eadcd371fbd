package org.peermentor.console.services;

/** A weekly slot of a {@link Person}'s availability in their own timezone, times as {@code HH:mm}. */
public record Slot(String day, String start, String end) {}
