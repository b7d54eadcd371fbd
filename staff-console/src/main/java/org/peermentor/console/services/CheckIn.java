package org.peermentor.console.services;

import java.util.List;

/**
 * One check-in of an accepted pairing ({@code number} counts from 1) with the answers that came back, by role
 * ({@code MENTOR}, {@code PARTICIPANT}). An answer never carries its note, only whether there is one: reading a note is
 * a separate, recorded request ({@link MatchingApi#checkInNotes}).
 */
public record CheckIn(int number, List<CheckInAnswer> answers) {

    public CheckIn {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** The answer of this role, or null while it has not answered. */
    public CheckInAnswer of(String role) {
        return answers.stream()
                .filter(answer -> role.equals(answer.role()))
                .findFirst()
                .orElse(null);
    }

    public boolean anyNote() {
        return answers.stream().anyMatch(CheckInAnswer::hasNote);
    }
}
