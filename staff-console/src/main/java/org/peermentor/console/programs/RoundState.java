package org.peermentor.console.programs;

import org.peermentor.console.services.Round;
import org.springframework.stereotype.Component;

/** The one line a round's page announces as it changes: running, failed, or done with its counts. */
@Component("roundState")
public class RoundState {

    public String of(Round round) {
        if (round.solving()) {
            return "Running: the solver is planning this round…";
        }
        if (round.failed()) {
            return "Failed.";
        }
        return "Completed: " + round.matchedCount() + " paired, " + round.unmatchedCount() + " left waiting.";
    }
}
