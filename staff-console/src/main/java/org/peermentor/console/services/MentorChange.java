package org.peermentor.console.services;

/** One participant's mentor in the last real round ({@code before}) and in the dry run ({@code after}); either may be null. */
public record MentorChange(
        String participantId, String participantFirstName, MentorChoice before, MentorChoice after) {}
