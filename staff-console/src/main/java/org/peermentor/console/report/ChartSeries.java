package org.peermentor.console.report;

/** What one bar of each group of a {@link BarChart} counts: the CSS class that colours it, and the words after its number. */
record ChartSeries(String cssClass, String one, String many) {

    String words(int count) {
        return count + " " + (count == 1 ? one : many);
    }
}
