package org.peermentor.benchmarks;

import java.util.List;

/** Nearest-rank percentiles of timings already sorted. */
final class Percentiles {

    private Percentiles() {}

    static double of(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
