package org.peermentor.console.services;

import java.util.List;

/** A mentor a round chose, and why. */
public record MentorChoice(String mentorId, String mentorFirstName, List<String> explanation) {}
