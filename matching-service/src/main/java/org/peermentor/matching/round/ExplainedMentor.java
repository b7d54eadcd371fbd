package org.peermentor.matching.round;

import java.util.List;

/** One side of a {@link ChangedMentor}: the mentor and why, as that round explained it. */
public record ExplainedMentor(String mentorId, List<String> explanation) {}
