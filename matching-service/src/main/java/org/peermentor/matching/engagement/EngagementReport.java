package org.peermentor.matching.engagement;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.Instant;
import java.util.Map;
import org.peermentor.matching.pairing.Health;

/**
 * What happens after the match in one program. A share is a number from 0 to 1, and null when there is nothing yet to
 * divide (no check-in answered, no check-in sent).
 *
 * @param accepted pairings the mentor ever accepted, ongoing or ended
 * @param active pairings accepted and still going
 * @param health the active pairings by health, every health named, empty ones included
 * @param onTrackShare of the active pairings past "too early to tell", the share on track
 * @param medianDaysToFirstMeeting from acceptance to the first check-in answer saying the two have met
 * @param earlyEndings pairings that ended less than 90 days after acceptance, and why
 */
@RecordBuilder
public record EngagementReport(
        String programId,
        Instant generatedAt,
        int accepted,
        int active,
        Map<Health, Integer> health,
        Double onTrackShare,
        Double medianDaysToFirstMeeting,
        EarlyEndings earlyEndings,
        AnswerRates answerRates) {}
