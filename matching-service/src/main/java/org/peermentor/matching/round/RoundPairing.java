package org.peermentor.matching.round;

import java.util.List;

/** A pairing a round found, with its status as the round stored it and the solver's explanation. */
public record RoundPairing(String id, String participantId, String mentorId, String status, List<String> explanation) {}
