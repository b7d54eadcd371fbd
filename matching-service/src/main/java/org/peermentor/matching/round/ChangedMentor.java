package org.peermentor.matching.round;

/** A participant's mentor before (the last real round) and after (the dry run); null when unmatched there. */
public record ChangedMentor(String participantId, ExplainedMentor before, ExplainedMentor after) {}
