package org.peermentor.console.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out for SVG on the server: each group (an issue, a language, a band of waiting time)
 * is a label line followed by one bar per series, each bar labelled with its number and what it counts, so no bar
 * is told apart by colour alone. Sizes are in the SVG's own units; the viewBox scales it to any screen.
 */
public record BarChart(String id, String title, String description, int width, int height, List<Group> groups) {

    static final int WIDTH = 320;
    private static final int BAR_SPACE = 190;
    private static final int LABEL_HEIGHT = 18;
    private static final int BAR_HEIGHT = 16;
    private static final int BAR_GAP = 4;
    private static final int GROUP_GAP = 12;

    static BarChart of(String id, String title, String description, List<ChartSeries> series, List<ChartRow> rows) {
        int largest = rows.stream()
                .flatMap(row -> row.counts().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        List<Group> groups = new ArrayList<>();
        int y = 0;
        for (ChartRow row : rows) {
            int labelY = y + LABEL_HEIGHT - 5;
            y += LABEL_HEIGHT;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                int count = row.counts().get(i);
                int length = largest == 0 ? 0 : Math.round((float) count * BAR_SPACE / largest);
                bars.add(new Bar(
                        series.get(i).cssClass(),
                        y,
                        length,
                        BAR_HEIGHT,
                        series.get(i).words(count),
                        length + 6,
                        y + BAR_HEIGHT - 3));
                y += BAR_HEIGHT + BAR_GAP;
            }
            groups.add(new Group(row.label(), labelY, bars));
            y += GROUP_GAP;
        }
        return new BarChart(id, title, description, WIDTH, Math.max(y, 1), groups);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public boolean empty() {
        return groups.isEmpty();
    }

    /** One issue, language or band: its label's baseline and its bars. */
    public record Group(String label, int labelY, List<Bar> bars) {}

    /** One bar from x = 0, and where its words go (just after its end). */
    public record Bar(String cssClass, int y, int length, int height, String words, int wordsX, int wordsY) {}
}
