package org.peermentor.matching.pairing;

import java.util.List;

/**
 * A mentor the participant could be paired with: free places, the solver's explanation, and {@code adds}, what the
 * pairing would add to the program's objective.
 */
public record AllowedMentor(String mentorId, String firstName, int freePlaces, List<String> explanation, long adds) {}
