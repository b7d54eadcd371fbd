package org.peermentor.matching.engagement;

import java.util.List;

/** How the engagement report rounds its figures: shares to three decimals, medians to one; none without data. */
final class Figures {

    private Figures() {}

    /** {@code part} of {@code whole}, to three decimals; null when there is no whole. */
    static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** The median, to one decimal; null for no values. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
