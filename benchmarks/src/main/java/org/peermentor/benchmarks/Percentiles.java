package org.peermentor.benchmarks;

import java.util.List;

/** Nearest-rank percentiles of timings already sorted, the one way every benchmark reports them. */
final class Percentiles {

    private Percentiles() {}

    /** The timing at or below which {@code p} percent of {@code sorted} (not empty) lie. */
    static <T> T of(List<T> sorted, int p) {
        return sorted.get(rank(sorted.size(), p));
    }

    /** {@link #of(List, int)} for timings in an array. */
    static long of(long[] sorted, int p) {
        return sorted[rank(sorted.length, p)];
    }

    private static int rank(int size, int p) {
        int index = (int) Math.ceil(p / 100.0 * size) - 1;
        return Math.max(0, Math.min(index, size - 1));
    }
}
