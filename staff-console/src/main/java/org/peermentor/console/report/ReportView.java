package org.peermentor.console.report;

import java.util.List;
import java.util.function.Function;
import org.peermentor.console.services.SupplyLine;
import org.peermentor.console.services.SupplyReport;
import org.peermentor.console.web.Words;

/**
 * The report page's content: each table's rows in words (issue and language names, waits in days) and the three
 * charts drawn from the same numbers.
 */
public record ReportView(
        SupplyReport report,
        List<LineRow> byIssue,
        List<LineRow> byLanguage,
        List<LabelledValue> waitingTimes,
        String longestWait,
        BarChart issueChart,
        BarChart languageChart,
        BarChart waitingChart) {

    private static final List<ChartSeries> SUPPLY = List.of(
            new ChartSeries("bar-waiting", "waiting", "waiting"),
            new ChartSeries("bar-free", "free place", "free places"));
    private static final List<ChartSeries> PEOPLE = List.of(new ChartSeries("bar-people", "person", "people"));

    static ReportView of(SupplyReport report, Words words) {
        List<LineRow> byIssue = rows(report.byIssue(), words.issue::word);
        List<LineRow> byLanguage = rows(report.byLanguage(), words.language::word);
        long longest = report.byIssue().stream()
                .mapToLong(SupplyLine::longestWaitHours)
                .max()
                .orElse(0);
        return new ReportView(
                report,
                byIssue,
                byLanguage,
                report.waitingTimes().stream()
                        .map(band -> new LabelledValue(band.label(), String.valueOf(band.count())))
                        .toList(),
                report.waiting() == 0 ? "Nobody is waiting" : WaitWords.of(longest),
                BarChart.of(
                        "chart-issues",
                        "Waiting participants and free mentor places per issue",
                        "For each issue: how many participants wait for a mentor, and how many places mentors who "
                                + "know that issue have free. The table beside it holds the same numbers.",
                        SUPPLY,
                        supplyRows(byIssue)),
                BarChart.of(
                        "chart-languages",
                        "Waiting participants and free mentor places per language",
                        "For each language: how many waiting participants speak it, and how many places mentors who "
                                + "speak it have free. The table beside it holds the same numbers.",
                        SUPPLY,
                        supplyRows(byLanguage)),
                BarChart.of(
                        "chart-waits",
                        "How long waiting participants have waited",
                        "How many participants have waited under a day, 1 to 7 days, 1 to 4 weeks and over 4 weeks. "
                                + "The table beside it holds the same numbers.",
                        PEOPLE,
                        report.waitingTimes().stream()
                                .map(band -> new ChartRow(band.label(), List.of(band.count())))
                                .toList()));
    }

    private static List<LineRow> rows(List<SupplyLine> lines, Function<String, String> name) {
        return lines.stream()
                .map(line -> new LineRow(
                        line.key(),
                        name.apply(line.key()),
                        line.waiting(),
                        line.freeMentorPlaces(),
                        line.waiting() == 0 ? "Nobody waiting" : WaitWords.of(line.medianWaitHours()),
                        line.waiting() == 0 ? "Nobody waiting" : WaitWords.of(line.longestWaitHours()),
                        line))
                .toList();
    }

    private static List<ChartRow> supplyRows(List<LineRow> rows) {
        return rows.stream()
                .map(row -> new ChartRow(row.name(), List.of(row.waiting(), row.freePlaces())))
                .toList();
    }

    /** One issue or language in words. */
    public record LineRow(
            String key,
            String name,
            int waiting,
            int freePlaces,
            String medianWait,
            String longestWait,
            SupplyLine line) {}
}
