package org.peermentor.matching.checkin;

import java.time.Instant;
import org.peermentor.matching.followup.FollowUpStep;
import org.peermentor.matching.pairing.CheckInRecords;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The follow-up loop's step for requests for a new mentor: ends, with a rematch, each accepted pairing whose
 * participant asked for another mentor, where the program rematches on request. The answer ends it at once; this
 * makes the ending an outage cut off, and applies a program's setting turned on after the request.
 */
@Component
record NewMentorRequests(CheckInRecords checkIns, CheckInLinks links) implements FollowUpStep {
    @Override
    public Mono<Void> sweep(Instant now) {
        return checkIns.newMentorAsked()
                .concatMap(links::rematchIfTheProgramSays)
                .then();
    }
}
