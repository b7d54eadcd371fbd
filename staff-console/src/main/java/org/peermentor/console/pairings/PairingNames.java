package org.peermentor.console.pairings;

import org.peermentor.console.services.Pairing;

/**
 * A pairing's two people as its own pages name them: by first name, or by role when the person was erased or is
 * unknown to matching.
 */
public record PairingNames(String participant, String mentor) {

    static PairingNames of(Pairing pairing, PairingWords words) {
        return new PairingNames(
                words.name(pairing.participantFirstName(), "The participant"),
                words.name(pairing.mentorFirstName(), "the mentor"));
    }

    /** "Ana with Mia". */
    public String who() {
        return participant + " with " + mentor;
    }
}
