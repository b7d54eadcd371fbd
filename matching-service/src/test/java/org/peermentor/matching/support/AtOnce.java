package org.peermentor.matching.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Races for the tests of concurrent decisions: each call from a thread of its own, all let go at the same moment. */
public final class AtOnce {

    private AtOnce() {}

    /** What each call answered, in the order of the calls. */
    public static <T> List<T> send(List<? extends Supplier<T>> calls) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<CompletableFuture<T>> sent = calls.stream()
                    .map(call -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    go.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                return call.get();
                            },
                            threads))
                    .toList();
            go.countDown();
            return sent.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
    }
}
