package org.peermentor.console.services;

import java.util.List;

/**
 * The mentors a program manager may pair a participant with by hand: {@code allowed}, best first, and the closest
 * {@code forbidden} ones with the rules each breaks, in words.
 */
public record MentorOptions(String participantId, List<Allowed> allowed, List<Forbidden> forbidden) {

    public MentorOptions {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    /** A mentor every rule allows, with free places and what the pairing would have going for it. */
    public record Allowed(String mentorId, String firstName, int freePlaces, List<String> explanation) {}

    /** A mentor at least one rule forbids, with the rules it breaks. */
    public record Forbidden(String mentorId, String firstName, int freePlaces, List<String> rules) {}
}
