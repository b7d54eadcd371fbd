package org.peermentor.console.services;

import java.util.List;
import java.util.Map;

/**
 * How a program's accepted pairings go, from the matching service: how many were accepted (ended ones included) and
 * how many are still going, the share on track (of those still going and old enough to tell) and their count per
 * health, the median days to the first meeting, pairings that ended within 90 days and why, and how often
 * mentors and participants answer their check-ins. A share or median is null when there is nothing to divide yet.
 */
public record Engagement(
        int accepted,
        Integer active,
        Double onTrackShare,
        Map<String, Integer> health,
        Double medianDaysToFirstMeeting,
        EarlyEndings earlyEndings,
        AnswerRates answerRates) {

    public Engagement {
        health = health == null ? Map.of() : Map.copyOf(health);
        earlyEndings = earlyEndings == null ? new EarlyEndings(0, List.of()) : earlyEndings;
        answerRates = answerRates == null ? new AnswerRates(null, null) : answerRates;
    }

    /** How many pairings still going have this health; none when the service named no such count. */
    public int healthCount(String code) {
        return health.getOrDefault(code, 0);
    }

    /** Pairings ended before 90 days, with the reasons given and how often each was given. */
    public record EarlyEndings(int count, List<Reason> reasons) {

        public EarlyEndings {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    public record Reason(String reason, int count) {}

    /** The share of check-ins answered, by mentors and by participants (0..1, null when none was sent). */
    public record AnswerRates(Double mentor, Double participant) {}
}
