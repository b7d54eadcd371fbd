package org.peermentor.console.report;

import java.util.List;
import java.util.function.Function;
import org.peermentor.console.services.Engagement;

/**
 * The figures of a program's engagement, in the order the report shows them: each with the code its CSV row gives
 * it, the label the page and the CSV give it, and how it reads in words ({@link FigureWords}).
 */
record EngagementFigure(
        String code, String label, Function<Engagement, Number> value, Function<Number, String> inWords) {

    static final List<EngagementFigure> ALL = List.of(
            new EngagementFigure("accepted", "Pairings accepted", Engagement::accepted, FigureWords::count),
            new EngagementFigure("active", "Still going", Engagement::active, FigureWords::count),
            new EngagementFigure(
                    "on-track-share",
                    "Share on track (of those still going, once it is not too early to tell)",
                    Engagement::onTrackShare,
                    FigureWords::share),
            new EngagementFigure(
                    "median-days-to-first-meeting",
                    "Median days from acceptance to the first meeting",
                    Engagement::medianDaysToFirstMeeting,
                    FigureWords::days),
            new EngagementFigure(
                    "ended-within-90-days",
                    "Pairings that ended within 90 days",
                    engagement -> engagement.earlyEndings().count(),
                    FigureWords::count),
            new EngagementFigure(
                    "mentor-answer-rate",
                    "Check-ins answered by mentors",
                    engagement -> engagement.answerRates().mentor(),
                    FigureWords::share),
            new EngagementFigure(
                    "participant-answer-rate",
                    "Check-ins answered by participants",
                    engagement -> engagement.answerRates().participant(),
                    FigureWords::share));

    /** As the page says it: "67%", "4.5 days", "not enough answers yet". */
    String words(Engagement engagement) {
        return inWords.apply(value.apply(engagement));
    }

    /** As a spreadsheet reads it: the number as the service gave it (a share from 0 to 1), empty when unknown. */
    String number(Engagement engagement) {
        Number number = value.apply(engagement);
        return number == null ? "" : number.toString();
    }
}
