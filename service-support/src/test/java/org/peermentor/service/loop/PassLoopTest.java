package org.peermentor.service.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

class PassLoopTest {

    private final Scheduler scheduler = Schedulers.newSingle("pass-loop-test");

    @AfterEach
    void dispose() {
        scheduler.dispose();
    }

    @Test
    void stoppingEndsTheLoopOnlyOnceThePassUnderWayIsOver() {
        AtomicInteger passes = new AtomicInteger();
        Sinks.Empty<Void> passOver = Sinks.empty();
        PassLoop loop = PassLoop.every(Duration.ofMillis(10), scheduler, () -> {
            passes.incrementAndGet();
            return passOver.asMono();
        });
        await().until(() -> passes.get() == 1);

        CompletableFuture<Void> stopped = loop.stop();

        assertThat(stopped).as("the pass under way is not cut off").isNotDone();
        passOver.tryEmitEmpty();
        await().until(stopped::isDone);
    }
}
