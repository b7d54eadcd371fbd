package org.peermentor.matching.solver;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.matching.solver.Fixtures.mentorIn;
import static org.peermentor.matching.solver.Fixtures.participantIn;
import static org.peermentor.matching.solver.Fixtures.slot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.ParticipantProfile;

/**
 * H4 reads each slot in its owner's timezone over the same real week. New York and Warsaw are six hours apart,
 * except between the US and the EU clock changes (2026-03-08 to 03-29, 2026-10-25 to 11-01), when they are five.
 */
class AvailabilityAcrossTimezonesTest {

    private static final ParticipantProfile NEW_YORK_TUESDAY_NOON =
            participantIn("America/New_York", slot(TUESDAY, "12:00", "14:00"));
    private static final MentorProfile WARSAW_TUESDAY_EVENING =
            mentorIn("Europe/Warsaw", slot(TUESDAY, "18:00", "20:00"));

    @ParameterizedTest(name = "week of {0}: {1} minutes")
    @CsvSource({
        "2026-03-04T12:00:00Z, 120", // both on winter time
        "2026-03-11T12:00:00Z, 60", // New York on summer time, Warsaw not yet
        "2026-03-25T12:00:00Z, 60",
        "2026-04-01T12:00:00Z, 120", // both on summer time
        "2026-10-21T12:00:00Z, 120",
        "2026-10-28T12:00:00Z, 60", // Warsaw back on winter time, New York not yet
        "2026-11-04T12:00:00Z, 120" // both on winter time
    })
    void theSameWeeklySlotsShareDifferentMinutesEitherSideOfTheClockChanges(Instant referenceTime, int minutes) {
        assertThat(overlapMinutes(referenceTime, NEW_YORK_TUESDAY_NOON, WARSAW_TUESDAY_EVENING))
                .isEqualTo(minutes);
    }

    @ParameterizedTest(name = "week of {0}")
    @CsvSource({
        "2026-03-05T12:00:00Z", // Sunday 03-08: New York moves; Tuesday six hours apart, Sunday five
        "2026-03-26T12:00:00Z", // Sunday 03-29: Warsaw moves; Tuesday five hours apart, Sunday six
        "2026-10-22T12:00:00Z", // Sunday 10-25: Warsaw moves back; Tuesday six, Sunday five
        "2026-10-29T12:00:00Z" // Sunday 11-01: New York moves back; Tuesday five, Sunday six
    })
    void aClockChangeOnTheSundayOfTheWeekShiftsOnlyTheSlotsAfterIt(Instant referenceTime) {
        ParticipantProfile participant =
                participantIn("America/New_York", slot(TUESDAY, "12:00", "14:00"), slot(SUNDAY, "12:00", "14:00"));
        MentorProfile mentor =
                mentorIn("Europe/Warsaw", slot(TUESDAY, "18:00", "20:00"), slot(SUNDAY, "18:00", "20:00"));

        assertThat(overlapMinutes(referenceTime, participant, mentor)).isEqualTo(120 + 60);
    }

    @Test
    void aMondayJustAfterMidnightInTokyoMeetsASundayInLosAngeles() {
        // Monday 00:30–02:00 in Tokyo is Sunday 08:30–10:00 in Los Angeles (summer time)
        ParticipantProfile tokyo = participantIn("Asia/Tokyo", slot(MONDAY, "00:30", "02:00"));
        MentorProfile losAngeles = mentorIn("America/Los_Angeles", slot(SUNDAY, "07:00", "10:00"));

        assertThat(overlapMinutes(Fixtures.NOW, tokyo, losAngeles)).isEqualTo(90);
        assertThat(overlaps(Fixtures.NOW, tokyo, losAngeles))
                .containsExactly(new Overlap(slot(MONDAY, "00:30", "02:00"), slot(SUNDAY, "08:30", "10:00"), 90));
    }

    @Test
    void aSundayInLosAngelesMeetsAMondayInTokyo() {
        ParticipantProfile losAngeles = participantIn("America/Los_Angeles", slot(SUNDAY, "07:00", "10:00"));
        MentorProfile tokyo = mentorIn("Asia/Tokyo", slot(MONDAY, "00:30", "02:00"));

        assertThat(overlapMinutes(Fixtures.NOW, losAngeles, tokyo)).isEqualTo(90);
    }

    @Test
    void eachWindowIsWrittenInBothClocksAndSplitAtMidnight() {
        // 17:00–19:00 in New York is 23:00–01:00 in Warsaw; the mentor's evening and night slots meet it
        ParticipantProfile newYork = participantIn("America/New_York", slot(TUESDAY, "17:00", "19:00"));
        MentorProfile warsaw =
                mentorIn("Europe/Warsaw", slot(TUESDAY, "22:00", "23:59"), slot(WEDNESDAY, "00:00", "02:00"));

        assertThat(overlaps(Fixtures.NOW, newYork, warsaw))
                .containsExactly(
                        new Overlap(slot(TUESDAY, "17:00", "17:59"), slot(TUESDAY, "23:00", "23:59"), 59),
                        new Overlap(slot(TUESDAY, "18:00", "19:00"), slot(WEDNESDAY, "00:00", "01:00"), 60));
    }

    @Test
    void theRuleBreaksInTheWeeksTheClocksDisagree() {
        RuleContext summerGap = new RuleContext(Instant.parse("2026-03-11T12:00:00Z"), 90, Set.of(), Map.of());
        RuleContext spring = new RuleContext(Instant.parse("2026-04-01T12:00:00Z"), 90, Set.of(), Map.of());

        assertThat(MatchingRules.check(NEW_YORK_TUESDAY_NOON, WARSAW_TUESDAY_EVENING, summerGap))
                .containsExactly(new RuleBreach(
                        "H4", "Their calendars share 60 minutes a week; the program asks for at least 90"));
        assertThat(MatchingRules.check(NEW_YORK_TUESDAY_NOON, WARSAW_TUESDAY_EVENING, spring))
                .isEmpty();
    }

    private static int overlapMinutes(Instant referenceTime, ParticipantProfile participant, MentorProfile mentor) {
        RoundWeek week = new RoundWeek(referenceTime);
        return RuleBook.overlapMinutes(ParticipantFacts.of(participant, week), MentorFacts.of(mentor, week));
    }

    private static List<Overlap> overlaps(Instant referenceTime, ParticipantProfile participant, MentorProfile mentor) {
        RoundWeek week = new RoundWeek(referenceTime);
        ParticipantFacts p = ParticipantFacts.of(participant, week);
        MentorFacts m = MentorFacts.of(mentor, week);
        return RoundWeek.overlaps(p.times(), p.zone(), m.times(), m.zone());
    }
}
