package org.peermentor.console.report;

import java.util.List;

/** A {@link BarChart} group's label and its numbers, one per {@link ChartSeries}, in the series' order. */
record ChartRow(String label, List<Integer> counts) {}
