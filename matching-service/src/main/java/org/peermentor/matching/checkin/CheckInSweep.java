package org.peermentor.matching.checkin;

import java.time.Instant;
import org.peermentor.matching.followup.FollowUpStep;
import org.peermentor.matching.pairing.CheckInRecords;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The follow-up loop's check-in step: on every sweep opens the check-ins that are due. Due times live in the
 * pairings' documents, so a stop loses none: the first sweep after a start opens whatever fell due meanwhile.
 */
@Component
record CheckInSweep(CheckInRecords checkIns, CheckInOpening opening) implements FollowUpStep {
    /** At most this many check-ins a sweep; more wait for the next sweep, a few seconds later. */
    private static final int BATCH = 200;

    @Override
    public Mono<Void> sweep(Instant now) {
        return checkIns.checkInsDue(now, BATCH)
                .concatMap(due -> opening.open(due, now))
                .then();
    }
}
