package org.peermentor.benchmarks;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A console page fetched one time after another: the milliseconds of each fetch after the warm-up, sorted, and the
 * length of the last page, reported the one way the console benchmarks report a page.
 */
record PageTimes(List<Double> millis, int characters) {

    /** Fetches {@code path} {@code warmup + requests} times and keeps the times of the last {@code requests}. */
    static PageTimes of(ConsoleBrowser browser, String path, int warmup, int requests) throws Exception {
        List<Double> millis = new ArrayList<>();
        int characters = 0;
        for (int i = 0; i < warmup + requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.page(path);
            if (i >= warmup) {
                millis.add((System.nanoTime() - start) / 1e6);
                characters = page.body().length();
            }
        }
        Collections.sort(millis);
        return new PageTimes(millis, characters);
    }

    /** {@code p50 12.3 ms, p95 20.1 ms, p99 31.0 ms, max 40.2 ms over 200}. */
    String percentiles() {
        return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms over %d"
                .formatted(
                        Percentiles.of(millis, 50),
                        Percentiles.of(millis, 95),
                        Percentiles.of(millis, 99),
                        millis.get(millis.size() - 1),
                        millis.size());
    }
}
