package org.peermentor.matching.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Overlap;
import org.peermentor.contracts.Slot;

/** The words of the mentor's page: what a code or a clock becomes when a person reads it. */
class MentorWordingTest {

    @Test
    void timesAreOnTheMentorsClockInDayNamesMondayFirst() {
        Overlap thursday = overlap(new Slot(DayOfWeek.THURSDAY, LocalTime.of(7, 30), LocalTime.of(9, 0)));
        Overlap tuesday = overlap(new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));

        assertThat(MentorWording.times(List.of(thursday, tuesday, tuesday)))
                .containsExactly("Tuesday 18:00–20:00", "Thursday 07:30–09:00");
        assertThat(MentorWording.times(null)).isEmpty();
    }

    @Test
    void anIssueCodeReadsAsWordsWhetherKnownOrNot() {
        assertThat(MentorWording.issue("EATING_DISORDER")).isEqualTo("eating disorders");
        assertThat(MentorWording.issue("PTSD")).isEqualTo("post-traumatic stress");
        assertThat(MentorWording.issue("SELF_HARM")).isEqualTo("self harm");
        assertThat(MentorWording.issue("GRIEF")).isEqualTo("grief");
        assertThat(MentorWording.issue(" ")).isNull();
    }

    @Test
    void theExpiryIsADateAndATimeOnTheGivenClock() {
        Instant expires = Instant.parse("2026-12-20T05:10:00Z");

        assertThat(MentorWording.until(expires, ZoneId.of("America/Chicago"))).isEqualTo("19 December 2026 at 23:10");
        assertThat(MentorWording.until(expires, ZoneOffset.UTC)).isEqualTo("20 December 2026 at 05:10");
    }

    @Test
    void anUnknownOrMissingTimezoneFallsBackToUtcAndSaysSo() {
        assertThat(MentorWording.zone("Mars/Olympus")).isEqualTo(ZoneOffset.UTC);
        assertThat(MentorWording.zone(null)).isEqualTo(ZoneOffset.UTC);
        assertThat(MentorWording.zoneName(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(MentorWording.zoneName(ZoneId.of("Europe/Berlin"))).isEqualTo("Europe/Berlin time");
    }

    private static Overlap overlap(Slot mentorLocal) {
        return new Overlap(mentorLocal, mentorLocal, 60);
    }
}
