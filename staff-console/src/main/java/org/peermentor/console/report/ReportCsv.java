package org.peermentor.console.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peermentor.console.services.SupplyLine;
import org.peermentor.console.services.SupplyReport;
import org.peermentor.console.web.Words;

/**
 * The report as a CSV file (RFC 4180: comma-separated, CRLF, each cell quoted where needed and kept from being
 * evaluated by a spreadsheet, see {@link CsvCell}).
 */
final class ReportCsv {

    private static final List<String> HEADER = List.of(
            "section", "code", "name", "waiting", "free mentor places", "median wait (hours)", "longest wait (hours)");

    private ReportCsv() {}

    static String of(SupplyReport report, Words words) {
        Stream<List<String>> issues =
                report.byIssue().stream().map(line -> line("issue", line, words.issue.word(line.key())));
        Stream<List<String>> languages =
                report.byLanguage().stream().map(line -> line("language", line, words.language.word(line.key())));
        Stream<List<String>> waits = report.waitingTimes().stream()
                .map(band ->
                        List.of("waiting time", band.key(), band.label(), String.valueOf(band.count()), "", "", ""));
        return rows(Stream.of(Stream.of(HEADER), issues, languages, waits).flatMap(rows -> rows));
    }

    /** The rows of a CSV file, each line ended by CRLF. */
    static String rows(Stream<List<String>> rows) {
        return rows.map(ReportCsv::row).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> line(String section, SupplyLine line, String name) {
        return List.of(
                section,
                line.key(),
                name,
                String.valueOf(line.waiting()),
                String.valueOf(line.freeMentorPlaces()),
                String.valueOf(line.medianWaitHours()),
                String.valueOf(line.longestWaitHours()));
    }

    private static String row(List<String> cells) {
        return cells.stream().map(CsvCell::of).collect(Collectors.joining(","));
    }
}
