package org.peermentor.matching.round;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.MatchingProperties;
import org.peermentor.matching.settings.ProgramSettings;
import org.peermentor.matching.settings.ProgramSettingsBuilder;
import org.peermentor.matching.settings.SettingsStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The automatic round waits for arrivals to settle: while people keep arriving no round starts, and once they stop,
 * one round starts a settle time after the last of them. A store outage only delays it.
 */
class RoundTriggerTest {

    private static final String PROGRAM = "steady-arrivals";

    private final SettingsStore settings = mock(SettingsStore.class);
    private final RoundService rounds = mock(RoundService.class);

    @SuppressWarnings("unchecked")
    private final ObjectProvider<RoundService> provider = mock(ObjectProvider.class);

    private final RoundTimers stored = mock(RoundTimers.class);
    private final SettleWaits waits = new SettleWaits();

    // never started, so its sweep for overdue timers never runs: only the settle timers are under test
    private final RoundTrigger trigger =
            new RoundTrigger(settings, provider, stored, waits, Clock.systemUTC(), mock(MatchingProperties.class));

    @AfterEach
    void stop() {
        waits.destroy();
        VirtualTimeScheduler.reset();
    }

    @Test
    void steadyArrivalsStartNoRoundUntilTheySettleAndThenExactlyOne() {
        VirtualTimeScheduler clock = VirtualTimeScheduler.getOrSet(); // the settle waits run on virtual time
        when(settings.get(PROGRAM))
                .thenReturn(Mono.just(ProgramSettingsBuilder.builder()
                        .programId(PROGRAM)
                        .settleTimeSeconds(1)
                        .weights(Map.of())
                        .build()));
        when(provider.getObject()).thenReturn(rounds);
        when(stored.dueAt(eq(PROGRAM), any())).thenReturn(Mono.empty());
        when(stored.claim(eq(PROGRAM), any())).thenReturn(Mono.just(true));
        when(rounds.hasPlaceable(PROGRAM)).thenReturn(Mono.just(true));
        when(rounds.start(eq(PROGRAM), any(), anyBoolean())).thenReturn(Mono.empty());

        // an arrival every fifth of the settle time, for three settle times: each one restarts the wait
        for (int arrival = 0; arrival < 15; arrival++) {
            trigger.nudge(PROGRAM);
            clock.advanceTimeBy(Duration.ofMillis(200));
            verify(rounds, never()).start(any(), any(), anyBoolean());
        }

        clock.advanceTimeBy(Duration.ofMillis(800)); // a settle time after the last arrival
        verify(rounds, times(1)).start(PROGRAM, RoundRequest.DEFAULT, true);
        clock.advanceTimeBy(Duration.ofMinutes(1)); // no other wait is left behind to start a second one
        verify(rounds, times(1)).start(any(), any(), anyBoolean());
    }

    @Test
    void aRoundThatMeetsTheStoreAwayAfterItsTimerWasClaimedStartsOnceTheStoreIsBack() {
        StoreThatGoesAway store = new StoreThatGoesAway(Claim.ANSWERED);

        roundStartsOnlyOnceTheStoreIsBack(store);
    }

    @Test
    void aRoundWhoseClaimWasMadeButNotAnsweredStartsOnceTheStoreIsBack() {
        StoreThatGoesAway store = new StoreThatGoesAway(Claim.MADE_BUT_NOT_ANSWERED);

        roundStartsOnlyOnceTheStoreIsBack(store);
    }

    /** The store goes away at the program's first claim; no round starts while it is away, one once it is back. */
    private void roundStartsOnlyOnceTheStoreIsBack(StoreThatGoesAway store) {
        VirtualTimeScheduler clock = VirtualTimeScheduler.getOrSet();
        when(provider.getObject()).thenReturn(rounds);
        when(rounds.start(eq(PROGRAM), any(), anyBoolean())).thenReturn(Mono.empty());

        trigger.nudge(PROGRAM);
        clock.advanceTimeBy(Duration.ofSeconds(1)); // the timer runs out and is claimed, and the store goes away
        clock.advanceTimeBy(Duration.ofSeconds(30));
        verify(rounds, never()).start(any(), any(), anyBoolean());

        store.comesBack();
        clock.advanceTimeBy(Duration.ofSeconds(10)); // the next try finds the store back and waits a settle time
        clock.advanceTimeBy(Duration.ofSeconds(1));
        verify(rounds, times(1)).start(PROGRAM, RoundRequest.DEFAULT, true);
    }

    /** How the program's first claim meets the store going away. */
    private enum Claim {
        /** The timer is claimed and the claim answered; the round's first read finds the store away. */
        ANSWERED,
        /** The timer is claimed, but the answer is lost to the outage. */
        MADE_BUT_NOT_ANSWERED
    }

    /**
     * The program's settings, its stored settle timer and its waiting participants, behind a store that goes away at
     * the first claim: a claim takes the stored timer away, as the removal of its document does.
     */
    private final class StoreThatGoesAway {

        private final AtomicBoolean away = new AtomicBoolean();
        private final AtomicBoolean firstClaim = new AtomicBoolean(true);
        private final AtomicReference<Instant> dueTime = new AtomicReference<>();

        StoreThatGoesAway(Claim claim) {
            when(settings.get(PROGRAM)).thenAnswer(call -> whileThere(settleOf(1)));
            when(stored.dueAt(eq(PROGRAM), any()))
                    .thenAnswer(call -> whileThere(Mono.fromRunnable(() -> dueTime.set(call.getArgument(1)))));
            when(stored.claim(eq(PROGRAM), any()))
                    .thenAnswer(call -> whileThere(Mono.defer(() -> {
                        boolean claimed = dueTime.getAndSet(null) != null;
                        if (!firstClaim.getAndSet(false)) {
                            return Mono.just(claimed);
                        }
                        away.set(true);
                        return claim == Claim.ANSWERED ? Mono.just(claimed) : Mono.error(outage());
                    })));
            when(rounds.hasPlaceable(PROGRAM)).thenAnswer(call -> whileThere(Mono.just(true)));
        }

        void comesBack() {
            away.set(false);
        }

        private <T> Mono<T> whileThere(Mono<T> read) {
            return Mono.defer(() -> away.get() ? Mono.error(outage()) : read);
        }

        private static DataAccessResourceFailureException outage() {
            return new DataAccessResourceFailureException("The store is away");
        }

        private static Mono<ProgramSettings> settleOf(int seconds) {
            return Mono.just(ProgramSettingsBuilder.builder()
                    .programId(PROGRAM)
                    .settleTimeSeconds(seconds)
                    .weights(Map.of())
                    .build());
        }
    }
}
