package org.peermentor.matching.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Why the load term scored a mentor: how many places the mentor holds after this round. */
record MentorLoadJustification(Mentor mentor, int placesHeld) implements ConstraintJustification {}
