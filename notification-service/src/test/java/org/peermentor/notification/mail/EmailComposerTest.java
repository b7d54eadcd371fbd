package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.contracts.fixtures.Pairings.slot;

import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.words.IssueWords;

/** What each email says, in words a person reads: issues, formats, weekly times in their own zone, the deadline. */
class EmailComposerTest {

    private final EmailComposer composer = new EmailComposer(new IssueWords(Map.of("GRIEF", "loss and grief")));

    @Test
    void theMentorRequestSaysWhoWhatWhenAndWhereToAnswer() {
        Email email = composer.write(DraftBuilder.builder(Drafts.request("Bea", "Ana", "ALCOHOL_USE"))
                .formats(List.of(Format.IN_PERSON, Format.ONLINE))
                .times(List.of(slot(DayOfWeek.SATURDAY, 10, 11), slot(DayOfWeek.WEDNESDAY, 1, 2)))
                .link(URI.create("https://matching.test/api/pairings/pr-1/response?token=abc"))
                .build());

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
        Email email = composer.write(DraftBuilder.builder(Drafts.introduction("Ana", "Bea"))
                .formats(List.of(Format.PHONE, Format.ONLINE, Format.IN_PERSON))
                .build());

        assertThat(email.subject()).isEqualTo("Meet your peer mentor");
        assertThat(email.text())
                .contains("Bea has agreed to be your peer mentor")
                .contains("You can meet online, by phone or in person.")
                .contains("Tuesdays, 18:00–19:00")
                .contains("(America/Chicago)");
    }

    @Test
    void theReminderOffersTheSameLinkAndSaysDecliningIsFine() {
        Email email = composer.write(Drafts.of(EmailKind.MENTOR_REMINDER, "Bea", "Ana", null));

        assertThat(email.subject()).isEqualTo("A reminder: a new mentee is waiting for your answer");
        assertThat(email.text())
                .contains("Hello Bea,")
                .contains("Ana is still waiting to hear whether you can be their peer mentor")
                .contains(Drafts.REQUEST_LINK.toString())
                .contains("The link works until Tuesday 17 March 2026, 10:00 (your time).")
                .contains("There is no pressure. If you cannot take this on right now, declining is fine");
        assertThat(email.html()).contains("href=\"" + Drafts.REQUEST_LINK + "\"", "Accept or decline");
    }

    @Test
    void eachSideIsAskedHowItIsGoingWithTheirOwnLinkAnAnswerDateAndPrivacy() {
        Email toMentor = composer.write(Drafts.of(EmailKind.MENTOR_CHECK_IN, "Bea", "Ana", null));
        Email toParticipant = composer.write(Drafts.of(EmailKind.PARTICIPANT_CHECK_IN, "Ana", "Bea", null));

        assertThat(toMentor.subject()).isEqualTo("How is your mentoring going?");
        assertThat(toMentor.text())
                .contains("Hello Bea,", "Ana was paired with you as a mentee", Drafts.CHECK_IN_LINK.toString())
                .contains("You can answer until Tuesday 17 March 2026, 10:00 (your time).")
                .contains("private to your program's staff: your mentee does not see it");
        assertThat(toParticipant.subject()).isEqualTo("How is it going with your peer mentor?");
        assertThat(toParticipant.text())
                .contains("Hello Ana,", Drafts.CHECK_IN_LINK.toString())
                .contains("You can answer until Tuesday 17 March 2026, 04:00 (your time).")
                .contains("private to your program's staff: your mentor does not see it")
                .contains("you can ask for a different mentor");
        assertThat(toParticipant.html()).contains("href=\"" + Drafts.CHECK_IN_LINK + "\"");
    }

    @Test
    void aParticipantWhoseMatchDidNotWorkOutIsToldKindlyTheyAreBackOnTheList() {
        Email email = composer.write(Drafts.of(EmailKind.BACK_ON_THE_LIST, "Ana", "Bea", null));

        assertThat(email.subject()).isEqualTo("An update from your peer support program");
        assertThat(email.text())
                .contains("Hello Ana,", "it is nobody's fault", "You are back on our list")
                .contains("the program is already looking for someone for you")
                .doesNotContain("Bea", "declin", "expir");
    }

    @Test
    void aClosedPairingIsAKindClosingNoteAndTheMentorIsThanked() {
        Email closing = composer.write(Drafts.of(EmailKind.PAIRING_CLOSED, "Ana", "Bea", null));
        Email thanks = composer.write(Drafts.of(EmailKind.MENTOR_THANKS, "Bea", "Ana", null));

        assertThat(closing.text())
                .contains("Hello Ana,", "has now come to a close", "Thank you for taking part")
                .doesNotContain("Bea", "back on our list");
        assertThat(thanks.subject()).isEqualTo("Thank you for your time as a peer mentor");
        assertThat(thanks.text())
                .contains("Hello Bea,", "Ana and you have come to the end of your pairing", "Thank you");
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
        Email email = composer.write(DraftBuilder.builder(Drafts.request("Bea", "Ana", "GRIEF"))
                .timezone("Mars/Olympus")
                .build());

        assertThat(email.text())
                .contains("support with loss and grief")
                .contains("Times are in your time zone (UTC)")
                .contains("until Tuesday 17 March 2026, 09:00");
    }
}
