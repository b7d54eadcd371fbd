package org.peermentor.matching.solver;

import java.util.List;

/**
 * One mentor a manager could pair a participant with: every rule the pair breaks (none: allowed), and for an allowed
 * pair its quality under the program's weights (what the round's quality terms would credit it with, the mentor's
 * added load counted against it) and why it suits, in plain words.
 */
public record MentorOption(String mentorId, List<RuleBreach> breaches, long quality, List<String> explanation) {

    public MentorOption {
        breaches = List.copyOf(breaches);
        explanation = List.copyOf(explanation);
    }

    public boolean allowed() {
        return breaches.isEmpty();
    }
}
