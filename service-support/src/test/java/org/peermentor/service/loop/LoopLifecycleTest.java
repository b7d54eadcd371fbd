package org.peermentor.service.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoopLifecycleTest {

    /** Numbers its starts and notes which of them each stop wound down. */
    private static final class Counted extends LoopLifecycle<Integer> {

        private final List<Integer> ended = new ArrayList<>();
        private int started;

        Counted() {
            super(42);
        }

        @Override
        protected Integer begin() {
            return ++started;
        }

        @Override
        protected void end(Integer begun) {
            ended.add(begun);
        }
    }

    @Test
    void aStopWindsDownWhatTheStartBeganOnceAndOnlyThen() {
        Counted work = new Counted();

        work.stop();
        work.start();
        boolean runningOnceStarted = work.isRunning();
        work.stop();
        work.stop();

        assertThat(runningOnceStarted).isTrue();
        assertThat(work.isRunning()).isFalse();
        assertThat(work.ended).containsExactly(1);
        assertThat(work.getPhase()).isEqualTo(42);
    }
}
