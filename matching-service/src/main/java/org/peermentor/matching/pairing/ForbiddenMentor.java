package org.peermentor.matching.pairing;

import java.util.List;

/** A mentor the participant may not be paired with, and every rule the pairing would break ({@code "H3: …"}). */
public record ForbiddenMentor(String mentorId, String firstName, int freePlaces, List<String> rules) {}
