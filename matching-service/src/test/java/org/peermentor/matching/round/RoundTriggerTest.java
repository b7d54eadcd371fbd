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
    void aRoundThatMeetsTheStoreAwayAfterItsTimerRanOutStartsOnceTheStoreIsBack() {
        VirtualTimeScheduler clock = VirtualTimeScheduler.getOrSet();
        AtomicBoolean storeAway = new AtomicBoolean();
        AtomicReference<Instant> storedDueTime = new AtomicReference<>();
        when(settings.get(PROGRAM)).thenAnswer(call -> whileTheStoreIsThere(storeAway, settleOf(1)));
        when(stored.dueAt(eq(PROGRAM), any()))
                .thenAnswer(call -> whileTheStoreIsThere(
                        storeAway, Mono.fromRunnable(() -> storedDueTime.set(call.getArgument(1)))));
        // the claim takes the stored timer away, as the document's removal does; the first claim is the last thing
        // the store answers before it goes away
        AtomicBoolean goesAwayAfterTheClaim = new AtomicBoolean(true);
        when(stored.claim(eq(PROGRAM), any()))
                .thenAnswer(call -> whileTheStoreIsThere(storeAway, Mono.fromSupplier(() -> {
                    storeAway.set(goesAwayAfterTheClaim.getAndSet(false));
                    return storedDueTime.getAndSet(null) != null;
                })));
        when(provider.getObject()).thenReturn(rounds);
        when(rounds.hasPlaceable(PROGRAM)).thenAnswer(call -> whileTheStoreIsThere(storeAway, Mono.just(true)));
        when(rounds.start(eq(PROGRAM), any(), anyBoolean())).thenReturn(Mono.empty());

        trigger.nudge(PROGRAM);
        clock.advanceTimeBy(Duration.ofSeconds(1)); // the timer runs out and is claimed; then the store is away
        clock.advanceTimeBy(Duration.ofSeconds(30));
        verify(rounds, never()).start(any(), any(), anyBoolean());

        storeAway.set(false);
        clock.advanceTimeBy(Duration.ofSeconds(10)); // the next try finds the store back and waits a settle time
        clock.advanceTimeBy(Duration.ofSeconds(1));
        verify(rounds, times(1)).start(PROGRAM, RoundRequest.DEFAULT, true);
    }

    private static Mono<ProgramSettings> settleOf(int seconds) {
        return Mono.just(ProgramSettingsBuilder.builder()
                .programId(PROGRAM)
                .settleTimeSeconds(seconds)
                .weights(Map.of())
                .build());
    }

    private static <T> Mono<T> whileTheStoreIsThere(AtomicBoolean storeAway, Mono<T> read) {
        return Mono.defer(() -> storeAway.get() ? Mono.error(new DataAccessResourceFailureException("away")) : read);
    }
}
