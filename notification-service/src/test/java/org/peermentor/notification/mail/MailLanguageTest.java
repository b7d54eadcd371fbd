package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
        Email email = composer.write(Drafts.request("Bea", "Ana", "GRIEF"), MailLanguage.SPANISH);

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
        Email email = composer.write(Drafts.request("Bea", "Ana", "GRIEF"), MailLanguage.ENGLISH);

        assertThat(email).isEqualTo(composer.write(Drafts.request("Bea", "Ana", "GRIEF")));
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
        Email email = composer.write(Drafts.introduction("Ana", "Bea"), MailLanguage.SPANISH);

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
    void aSpanishSpeakingMentorsCheckInIsInSpanishWithTheAnswerDateInSpanish() {
        Email email = composer.write(Drafts.of(EmailKind.MENTOR_CHECK_IN, "Bea", "Ana", null), MailLanguage.SPANISH);

        assertThat(email.subject()).isEqualTo("¿Cómo va tu mentoría?");
        assertThat(email.text())
                .contains(
                        "Hola Bea:",
                        "Ana y tú forman una pareja de mentoría",
                        Drafts.CHECK_IN_LINK.toString(),
                        "Puedes responder hasta el martes 17 de marzo de 2026, 10:00 (tu hora).",
                        "solo la lee el equipo de tu programa")
                .doesNotContain("Hello", "Tuesday", "March");
        assertThat(email.html()).contains("lang=\"es\"", "martes 17 de marzo de 2026, 10:00", "Cuéntanos cómo va");
    }

    @Test
    void everyNewEmailHasItsSpanishSubjectAndText() {
        for (EmailKind kind : List.of(
                EmailKind.MENTOR_REMINDER,
                EmailKind.PARTICIPANT_CHECK_IN,
                EmailKind.BACK_ON_THE_LIST,
                EmailKind.PAIRING_CLOSED,
                EmailKind.MENTOR_THANKS)) {
            Email spanish = composer.write(Drafts.of(kind, "Ana", "Bea", null), MailLanguage.SPANISH);
            Email english = composer.write(Drafts.of(kind, "Ana", "Bea", null), MailLanguage.ENGLISH);

            assertThat(spanish.subject()).as(kind.name()).isNotEqualTo(english.subject());
            assertThat(spanish.text()).as(kind.name()).startsWith("Hola Ana:").doesNotContain("Hello", "program ");
            assertThat(spanish.html()).as(kind.name()).contains("lang=\"es\"");
        }
    }

    @Test
    void aMissingNameReadsNaturallyInSpanish() {
        Email request = composer.write(Drafts.request(null, null, "ANXIETY"), MailLanguage.SPANISH);
        Email introduction = composer.write(
                DraftBuilder.builder(Drafts.introduction(" ", null))
                        .formats(List.of())
                        .times(List.of())
                        .timezone(null)
                        .build(),
                MailLanguage.SPANISH);

        assertThat(request.text()).startsWith("Hola:").contains("Una persona nueva del programa", "la ansiedad");
        assertThat(introduction.text())
                .startsWith("Hola:")
                .contains("Tu mentor o mentora", "de la forma que organice tu programa");
    }

    @Test
    void aProgramsOwnIssueKeepsTheProgramsWordsInSpanish() {
        assertThat(requestAbout("LONG_COVID", Map.of("LONG_COVID", "long covid"), MailLanguage.SPANISH))
                .contains("tu apoyo en long covid");
    }

    @Test
    void aBuiltInIssueKeepsItsSpanishWordsOverTheProgramsEnglishOnes() {
        Map<String, String> programWords = Map.of("GRIEF", "loss and grief");

        assertThat(requestAbout("GRIEF", programWords, MailLanguage.SPANISH))
                .contains("tu apoyo en el duelo")
                .doesNotContain("loss and grief");
        assertThat(requestAbout("GRIEF", programWords, MailLanguage.ENGLISH)).contains("loss and grief");
    }

    @Test
    void everyBuiltInIssueHasSpanishWords() {
        IssueWords words = IssueWords.defaults();

        for (String code : IssueWords.BUILT_IN_CODES) {
            assertThat(words.of(code, MailLanguage.SPANISH.locale())).as(code).isNotEqualTo(words.of(code));
        }
    }

    /** The text of a request to Bea about this issue, from a program with these words of its own. */
    private static String requestAbout(String issue, Map<String, String> programWords, MailLanguage language) {
        return new EmailComposer(new IssueWords(programWords))
                .write(Drafts.request("Bea", "Ana", issue), language)
                .text();
    }
}
