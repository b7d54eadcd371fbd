package org.peermentor.matching.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Stubber;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.matching.support.RunningMatching;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import reactor.core.publisher.Mono;

/**
 * A round whose writes meet a MongoDB outage waits for the store and then finishes: its outcome stored, its pairings
 * made, its program unlocked. (Before, the round stayed SOLVING and its program locked until the next restart.) The
 * outage is injected at the round's own writes, as a stopped server cannot be timed to fall between a round's
 * snapshot and its outcome.
 */
class RoundOutageTest extends RunningMatching {

    @MockitoSpyBean
    RoundStore rounds;

    @Autowired
    RoundLocks locks;

    @Test
    void aRoundWhoseOutcomeAndPairingsMeetAStoreOutageFinishesOnceTheStoreIsBack() {
        failTwice().when(rounds).complete(any());
        failTwice().when(rounds).markApplied(anyString());
        cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);

        RoundView round = round(null);

        assertThat(round.status()).isEqualTo(RoundStatus.COMPLETED);
        assertThat(round.matchedCount()).isEqualTo(1);
        assertThat(pairings(PairingStatus.PROPOSED)).hasSize(1);
        assertThat(locks.isPlanning(cohort.programId).block()).isFalse();
    }

    private static Mono<?> callReal(InvocationOnMock call) {
        try {
            return (Mono<?>) call.callRealMethod();
        } catch (Throwable e) {
            return Mono.error(e);
        }
    }

    private static Stubber failTwice() {
        AtomicInteger failures = new AtomicInteger(2);
        // as a driver's Mono does, each subscription tries the store again
        return doAnswer(call -> Mono.defer(() -> failures.getAndDecrement() > 0
                ? Mono.error(new DataAccessResourceFailureException("The store is away"))
                : callReal(call)));
    }
}
