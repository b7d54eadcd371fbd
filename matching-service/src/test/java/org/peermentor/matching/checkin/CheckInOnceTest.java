package org.peermentor.matching.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.PairingCheckInDue;
import org.peermentor.matching.pairing.PairingStore;
import org.peermentor.matching.pairing.StoredPairing;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

/**
 * A check-in is opened once, however many sweeps find it due: two instances reading it at the same moment, or this
 * one reading it again after a restart, send one {@code PairingCheckInDue}, and the next one is due a period later.
 */
class CheckInOnceTest extends CheckInStories {

    @Autowired
    PairingStore store;

    @Autowired
    CheckInOpening opening;

    @Autowired
    CheckInSweep sweep;

    private String id;
    private Instant dayAfter;
    private StoredPairing due;

    /** An accepted pairing whose first check-in is due a day after acceptance, read as stored, and that day. */
    @BeforeEach
    void aCheckInDueTheDayAfter() {
        schedule("P1D", "P7D", false);
        id = acceptedPairing();
        dayAfter = Instant.now().plus(Duration.ofDays(1)).plusSeconds(60);
        due = store.find(id).block();
    }

    @Test
    void twoSweepsReadingOneDueCheckInOpenItOnce() {
        List<Boolean> opened = Mono.zip(opening.open(due, dayAfter), opening.open(due, dayAfter))
                .map(both -> List.of(both.getT1(), both.getT2()))
                .block();

        assertThat(opened).containsExactlyInAnyOrder(true, false);
        PairingCheckInDue checkIn = awaitCheckIn(id, 1);
        assertThat(checkIn.answerBy()).isEqualTo(due.followUp().nextCheckInAt().plus(Duration.ofDays(7)));
        assertThat(store.find(id).block().followUp().nextCheckInAt()).isEqualTo(checkIn.answerBy());
    }

    @Test
    void aSweepAfterARestartFindsTheCheckInOpenedAndSendsItNoMore() {
        sweep.sweep(dayAfter).block();
        sweep.sweep(dayAfter).block();

        // due was read before the sweeps, as an instance that restarts meanwhile would still hold it
        assertThat(opening.open(due, dayAfter).block()).isFalse();
        awaitCheckIn(id, 1);
        assertThat(events(id, PairingCheckInDue.class, 1))
                .extracting(PairingCheckInDue::number)
                .containsExactly(1);
        assertThat(pairing(id).checkInsSent()).isEqualTo(1);
    }
}
