package org.peermentor.console.report;

import java.util.List;
import java.util.stream.Stream;
import org.peermentor.console.pairings.PairingWords;
import org.peermentor.console.services.Engagement;

/**
 * The report's engagement section as a CSV file, cell by cell as {@link ReportCsv} writes its own: the figures
 * ({@link EngagementFigure}, a share from 0 to 1, an unknown one empty), the pairings still going per health, and
 * the reasons given for early endings with how often each was given.
 */
final class EngagementCsv {

    private static final List<String> HEADER = List.of("section", "code", "name", "value");

    private EngagementCsv() {}

    static String of(Engagement engagement, PairingWords words) {
        Stream<List<String>> figures = EngagementFigure.ALL.stream()
                .map(figure -> List.of("figure", figure.code(), figure.label(), figure.number(engagement)));
        Stream<List<String>> health = EngagementView.healths(engagement)
                .map(code ->
                        List.of("health", code, words.health.word(code), String.valueOf(engagement.healthCount(code))));
        Stream<List<String>> reasons = engagement.earlyEndings().reasons().stream()
                .map(reason -> List.of(
                        "early ending reason", "", EngagementView.reason(reason), String.valueOf(reason.count())));
        return ReportCsv.rows(
                Stream.of(Stream.of(HEADER), figures, health, reasons).flatMap(rows -> rows));
    }
}
