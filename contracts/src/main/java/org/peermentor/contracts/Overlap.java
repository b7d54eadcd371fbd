package org.peermentor.contracts;

/**
 * One weekly window both people can meet in, written once in each one's own timezone, so an email can
 * show each person their own clock.
 */
public record Overlap(Slot participantLocal, Slot mentorLocal, int minutes) {}
