package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.IssueWords;

/** What each email says, in words a person reads: issues, formats, weekly times in their own zone, the deadline. */
class EmailComposerTest {

    private final EmailComposer composer = new EmailComposer(new IssueWords(Map.of("GRIEF", "loss and grief")));

    @Test
    void theMentorRequestSaysWhoWhatWhenAndWhereToAnswer() {
        Email email = composer.mentorRequest(new MentorRequest(
                "Bea",
                "Ana",
                "ALCOHOL_USE",
                List.of(Format.IN_PERSON, Format.ONLINE),
                List.of(slot(DayOfWeek.SATURDAY, 10, 11), slot(DayOfWeek.WEDNESDAY, 1, 2)),
                "Europe/Warsaw",
                URI.create("https://matching.test/api/pairings/pr-1/response?token=abc"),
                Instant.parse("2026-03-17T09:00:00Z")));

        assertThat(email.text())
                .contains("Hello Bea,")
                .contains("Ana has been paired with you as a new mentee and would like your support with alcohol use.")
                .contains("  - Wednesdays, 01:00–02:00\n  - Saturdays, 10:00–11:00")
                .contains("Times are in your time zone (Europe/Warsaw). You can meet online or in person.")
                .contains("https://matching.test/api/pairings/pr-1/response?token=abc")
                .contains("The link works until Tuesday 17 March 2026, 10:00 (your time).");
        assertThat(email.html())
                .contains("<li>Wednesdays, 01:00–02:00</li>")
                .contains("href=\"https://matching.test/api/pairings/pr-1/response?token=abc\"");
    }

    @Test
    void theIntroductionNamesTheMentorTheFormatsAndTheParticipantsTimes() {
        Email email = composer.mentorIntroduction(new MentorIntroduction(
                "Ana",
                "Bea",
                List.of(Format.PHONE, Format.ONLINE, Format.IN_PERSON),
                List.of(slot(DayOfWeek.TUESDAY, 18, 19)),
                "America/Chicago"));

        assertThat(email.subject()).isEqualTo("Meet your peer mentor");
        assertThat(email.text())
                .contains("Bea has agreed to be your peer mentor")
                .contains("You can meet online, by phone or in person.")
                .contains("Tuesdays, 18:00–19:00")
                .contains("(America/Chicago)");
    }

    @Test
    void configuredAndUnknownIssueCodesBecomeWords() {
        IssueWords words = new IssueWords(Map.of("GRIEF", "loss and grief"));

        assertThat(words.of("GRIEF")).isEqualTo("loss and grief");
        assertThat(words.of("PTSD")).isEqualTo("post-traumatic stress");
        assertThat(words.of("SELF_HARM")).isEqualTo("self harm");
        assertThat(words.of(null)).isEqualTo("a shared experience");
    }

    @Test
    void anUnknownTimeZoneFallsBackToUtcAndSaysSo() {
        Email email = composer.mentorRequest(new MentorRequest(
                "Bea",
                "Ana",
                "GRIEF",
                List.of(),
                List.of(),
                "Mars/Olympus",
                URI.create("https://m.test/x"),
                Instant.parse("2026-03-17T09:00:00Z")));

        assertThat(email.text())
                .contains("support with loss and grief")
                .contains("Times are in your time zone (UTC)")
                .contains("until Tuesday 17 March 2026, 09:00");
    }

    private static Slot slot(DayOfWeek day, int from, int to) {
        return new Slot(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }
}
