package org.peermentor.console.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peermentor.console.pairings.PairingWords;
import org.peermentor.console.services.Engagement;

/**
 * The report's engagement section in words: the program's figures (pairings accepted and still going, the share on
 * track, days to
 * the first meeting, early endings, how often check-ins are answered), the accepted pairings per health and the
 * reasons given for early endings, each figure in words ({@link FigureWords}).
 */
public record EngagementView(List<Row> figures, List<Row> health, List<Row> earlyEndingReasons) {

    private static final List<String> HEALTHS = List.of("TOO_EARLY", "ON_TRACK", "NEEDS_ATTENTION", "QUIET");

    /** One line of a table: what is counted and its value in words. */
    public record Row(String label, String value) {}

    static EngagementView of(Engagement engagement, PairingWords words) {
        List<Row> figures = new ArrayList<>(List.of(
                new Row("Pairings accepted", String.valueOf(engagement.accepted())),
                new Row("Still going", engagement.active() == null ? "not known" : String.valueOf(engagement.active())),
                new Row(
                        "Share on track (of those still going, once it is not too early to tell)",
                        FigureWords.share(engagement.onTrackShare())),
                new Row(
                        "Median days from acceptance to the first meeting",
                        FigureWords.days(engagement.medianDaysToFirstMeeting())),
                new Row(
                        "Pairings that ended within 90 days",
                        String.valueOf(engagement.earlyEndings().count())),
                new Row(
                        "Check-ins answered by mentors",
                        FigureWords.share(engagement.answerRates().mentor())),
                new Row(
                        "Check-ins answered by participants",
                        FigureWords.share(engagement.answerRates().participant()))));
        Set<String> healths = new LinkedHashSet<>(HEALTHS);
        healths.addAll(engagement.health().keySet());
        List<Row> health = new ArrayList<>();
        healths.forEach(code -> health.add(
                new Row(words.health(code), String.valueOf(engagement.health().getOrDefault(code, 0)))));
        List<Row> reasons = engagement.earlyEndings().reasons().stream()
                .map(reason -> new Row(
                        reason.reason() == null || reason.reason().isBlank() ? "No reason given" : reason.reason(),
                        String.valueOf(reason.count())))
                .toList();
        return new EngagementView(List.copyOf(figures), List.copyOf(health), reasons);
    }
}
