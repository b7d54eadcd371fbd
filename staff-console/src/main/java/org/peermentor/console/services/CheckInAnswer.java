package org.peermentor.console.services;

import java.time.Instant;

/** One role's answer to a {@link CheckIn}; {@code answer}: {@code GOING_WELL}, {@code NOT_SURE}, {@code NOT_A_FIT} or {@code NOT_MET}. */
public record CheckInAnswer(String role, String answer, boolean wantsNewMentor, Instant answeredAt, boolean hasNote) {}
