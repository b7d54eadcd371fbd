package org.peermentor.matching.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peermentor.matching.solver.MatchingResult;
import org.peermentor.matching.solver.ProposedPairing;

/** A participant's mentor before (the last real round) and after (the dry run); null when unmatched there. */
public record ChangedMentor(String participantId, ExplainedMentor before, ExplainedMentor after) {

    /**
     * Each participant of the dry run (paired or not) whose mentor is not the one the last real round gave them, in
     * the dry run's order: its pairings, then its unmatched.
     */
    static List<ChangedMentor> between(MatchingResult dryRun, MatchRound lastReal) {
        Map<String, RoundPairing> before = new HashMap<>();
        lastReal.pairings().forEach(p -> before.put(p.participantId(), p));
        List<ChangedMentor> differences = new ArrayList<>();
        for (ProposedPairing after : dryRun.pairings()) {
            RoundPairing was = before.get(after.participantId());
            if (was == null || !was.mentorId().equals(after.mentorId())) {
                differences.add(new ChangedMentor(
                        after.participantId(), side(was), new ExplainedMentor(after.mentorId(), after.explanation())));
            }
        }
        dryRun.unmatched().forEach(unmatched -> {
            RoundPairing was = before.get(unmatched.participantId());
            if (was != null) {
                differences.add(new ChangedMentor(unmatched.participantId(), side(was), null));
            }
        });
        return differences;
    }

    private static ExplainedMentor side(RoundPairing pairing) {
        return pairing == null ? null : new ExplainedMentor(pairing.mentorId(), pairing.explanation());
    }
}
