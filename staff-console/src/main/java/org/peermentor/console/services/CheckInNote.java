package org.peermentor.console.services;

/** A private note written with a check-in answer, shown only on request. */
public record CheckInNote(String role, String note) {}
