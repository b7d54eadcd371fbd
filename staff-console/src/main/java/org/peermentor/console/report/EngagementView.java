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
public record EngagementView(
        List<LabelledValue> figures, List<LabelledValue> health, List<LabelledValue> earlyEndingReasons) {

    private static final List<String> HEALTHS = List.of("TOO_EARLY", "ON_TRACK", "NEEDS_ATTENTION", "QUIET");

    static EngagementView of(Engagement engagement, PairingWords words) {
        List<LabelledValue> figures = new ArrayList<>(List.of(
                new LabelledValue("Pairings accepted", String.valueOf(engagement.accepted())),
                new LabelledValue(
                        "Still going", engagement.active() == null ? "not known" : String.valueOf(engagement.active())),
                new LabelledValue(
                        "Share on track (of those still going, once it is not too early to tell)",
                        FigureWords.share(engagement.onTrackShare())),
                new LabelledValue(
                        "Median days from acceptance to the first meeting",
                        FigureWords.days(engagement.medianDaysToFirstMeeting())),
                new LabelledValue(
                        "Pairings that ended within 90 days",
                        String.valueOf(engagement.earlyEndings().count())),
                new LabelledValue(
                        "Check-ins answered by mentors",
                        FigureWords.share(engagement.answerRates().mentor())),
                new LabelledValue(
                        "Check-ins answered by participants",
                        FigureWords.share(engagement.answerRates().participant()))));
        Set<String> healths = new LinkedHashSet<>(HEALTHS);
        healths.addAll(engagement.health().keySet());
        List<LabelledValue> health = new ArrayList<>();
        healths.forEach(code -> health.add(new LabelledValue(
                words.health(code), String.valueOf(engagement.health().getOrDefault(code, 0)))));
        List<LabelledValue> reasons = engagement.earlyEndings().reasons().stream()
                .map(reason -> new LabelledValue(
                        reason.reason() == null || reason.reason().isBlank() ? "No reason given" : reason.reason(),
                        String.valueOf(reason.count())))
                .toList();
        return new EngagementView(List.copyOf(figures), List.copyOf(health), reasons);
    }
}
