package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.IssueWords;

/** A person's emails come in the first of their languages the program writes in, English when it writes in none. */
class MailLanguageTest {

    private final EmailComposer composer = new EmailComposer(IssueWords.defaults());

    @Test
    void theFirstOfThePersonsLanguagesThatEmailsAreWrittenInIsChosen() {
        assertThat(MailLanguage.of(List.of("es-MX", "en"))).isEqualTo(MailLanguage.SPANISH);
        assertThat(MailLanguage.of(List.of("pl", " ES "))).isEqualTo(MailLanguage.SPANISH);
        assertThat(MailLanguage.of(List.of("en", "es"))).isEqualTo(MailLanguage.ENGLISH);
    }

    @Test
    void englishIsTheFallback() {
        assertThat(MailLanguage.of(List.of("pl", "uk"))).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.of(List.of())).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.of(null)).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.of(Arrays.asList(null, ""))).isEqualTo(MailLanguage.ENGLISH);
    }

    @Test
    void aSpanishSpeakingMentorsRequestIsInSpanishWithSpanishDaysAndDates() {
        Email email = composer.mentorRequest(request("Bea", "Ana", "GRIEF"), MailLanguage.SPANISH);

        assertThat(email.subject()).isEqualTo("Una persona nueva quiere conocerte");
        assertThat(email.text())
                .contains(
                        "Hola Bea:",
                        "Te proponemos como mentor o mentora de Ana",
                        "tu apoyo en el duelo",
                        "los martes, 18:00–19:00",
                        "Pueden reunirse en línea",
                        "El enlace funciona hasta el martes 17 de marzo de 2026, 10:00 (tu hora)")
                .doesNotContain("Hello", "Tuesdays", "grief");
        assertThat(email.html())
                .contains(
                        "lang=\"es\"",
                        "el duelo",
                        "los martes, 18:00–19:00",
                        "martes 17 de marzo de 2026, 10:00",
                        "Aceptar o rechazar");
    }

    @Test
    void theSameRequestInEnglishIsAsBefore() {
        Email email = composer.mentorRequest(request("Bea", "Ana", "GRIEF"), MailLanguage.ENGLISH);

        assertThat(email).isEqualTo(composer.mentorRequest(request("Bea", "Ana", "GRIEF")));
        assertThat(email.subject()).isEqualTo(EmailComposer.MENTOR_REQUEST_SUBJECT);
        assertThat(email.text())
                .contains(
                        "Hello Bea,",
                        "your support with grief",
                        "Tuesdays, 18:00–19:00",
                        "Tuesday 17 March 2026, 10:00");
    }

    @Test
    void aSpanishSpeakingParticipantMeetsTheirMentorInSpanish() {
        Email email = composer.mentorIntroduction(
                new MentorIntroduction(
                        "Ana", "Bea", List.of(Format.PHONE, Format.IN_PERSON), List.of(tuesday()), "America/Chicago"),
                MailLanguage.SPANISH);

        assertThat(email.subject()).isEqualTo("Te presentamos a tu mentor o mentora");
        assertThat(email.text())
                .contains(
                        "Hola Ana:",
                        "Bea ha aceptado acompañarte",
                        "por teléfono",
                        "en persona",
                        "los martes, 18:00–19:00",
                        "America/Chicago");
    }

    @Test
    void aMissingNameReadsNaturallyInSpanish() {
        Email request = composer.mentorRequest(request(null, null, "ANXIETY"), MailLanguage.SPANISH);
        Email introduction = composer.mentorIntroduction(
                new MentorIntroduction(" ", null, List.of(), List.of(), null), MailLanguage.SPANISH);

        assertThat(request.text()).startsWith("Hola:").contains("Una persona nueva del programa", "la ansiedad");
        assertThat(introduction.text())
                .startsWith("Hola:")
                .contains("Tu mentor o mentora", "de la forma que organice tu programa");
    }

    @Test
    void aProgramsOwnIssueKeepsTheProgramsWordsInSpanish() {
        EmailComposer programComposer = new EmailComposer(new IssueWords(Map.of("LONG_COVID", "long covid")));

        assertThat(programComposer
                        .mentorRequest(request("Bea", "Ana", "LONG_COVID"), MailLanguage.SPANISH)
                        .text())
                .contains("tu apoyo en long covid");
    }

    private static MentorRequest request(String mentor, String participant, String issue) {
        return new MentorRequest(
                mentor,
                participant,
                issue,
                List.of(Format.ONLINE),
                List.of(tuesday()),
                "Europe/Warsaw",
                URI.create("https://matching.test/api/pairings/pr-1/response?token=t"),
                Instant.parse("2026-03-17T09:00:00Z"));
    }

    private static Slot tuesday() {
        return new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
    }
}
