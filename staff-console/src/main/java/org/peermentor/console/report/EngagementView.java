package org.peermentor.console.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.peermentor.console.pairings.PairingWords;
import org.peermentor.console.services.Engagement;

/**
 * The report's engagement section in words: the program's figures ({@link EngagementFigure}: pairings accepted and
 * still going, the share on track, days to the first meeting, early endings, how often check-ins are answered), the
 * accepted pairings per health and the reasons given for early endings.
 */
public record EngagementView(
        List<LabelledValue> figures, List<LabelledValue> health, List<LabelledValue> earlyEndingReasons) {

    private static final List<String> HEALTHS = List.of("TOO_EARLY", "ON_TRACK", "NEEDS_ATTENTION", "QUIET");

    static EngagementView of(Engagement engagement, PairingWords words) {
        List<LabelledValue> figures = EngagementFigure.ALL.stream()
                .map(figure -> new LabelledValue(figure.label(), figure.words(engagement)))
                .toList();
        List<LabelledValue> health = healths(engagement)
                .map(code -> new LabelledValue(words.health.word(code), String.valueOf(engagement.healthCount(code))))
                .toList();
        List<LabelledValue> reasons = engagement.earlyEndings().reasons().stream()
                .map(reason -> new LabelledValue(reason(reason), String.valueOf(reason.count())))
                .toList();
        return new EngagementView(figures, health, reasons);
    }

    /** The four healths a pairing can have, in this order, then any other the service names. */
    static Stream<String> healths(Engagement engagement) {
        Set<String> healths = new LinkedHashSet<>(HEALTHS);
        healths.addAll(engagement.health().keySet());
        return healths.stream();
    }

    static String reason(Engagement.Reason reason) {
        return reason.reason() == null || reason.reason().isBlank() ? "No reason given" : reason.reason();
    }
}
