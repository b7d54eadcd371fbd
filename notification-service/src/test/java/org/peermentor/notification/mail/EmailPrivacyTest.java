package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermentor.contracts.Format;
import org.peermentor.contracts.Slot;
import org.peermentor.contracts.words.IssueWords;
import org.springframework.web.util.HtmlUtils;

/**
 * Every template, every issue code, hostile names: subjects never name an issue, bodies never show an issue code,
 * names are escaped in HTML, cut when too long, and cannot break a line.
 */
class EmailPrivacyTest {

    static final List<String> ISSUE_CODES = Stream.concat(IssueWords.BUILT_IN_CODES.stream(), Stream.of("SELF_HARM"))
            .toList();
    static final String LONG_NAME = "Maximiliana".repeat(40);

    private final IssueWords words = new IssueWords(Map.of());
    private final EmailComposer composer = new EmailComposer(words);

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("<script>alert('x')</script>", "<b onmouseover=\"steal()\">Bea</b>"),
                Arguments.of("Ana\r\nBcc: everyone@example.org", "Bea\n\nSubject: hello"),
                Arguments.of(LONG_NAME, LONG_NAME),
                Arguments.of("Zoë 李小龍 Ñandú 😀", "Ólafur ‮evil‬ Þór"),
                Arguments.of("O'Brien & \"Sons\"", "<!-- --><img src=x onerror=alert(1)>"),
                Arguments.of("", "   "));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void noTemplateLeaksAnIssueOrLetsANameBreakOut(String participantName, String mentorName) {
        for (String code : ISSUE_CODES) {
            for (Email email : allEmails(participantName, mentorName, code)) {
                assertSubjectNamesNoIssue(email.subject());
                for (String anyCode : ISSUE_CODES) {
                    assertThat(email.text()).doesNotContain(anyCode);
                    assertThat(email.html()).doesNotContain(anyCode);
                }
                assertThat(email.html()).doesNotContain("<script", "<b onmouseover", "<img", "<!-- -->");
                assertThat(email.text().lines())
                        .noneMatch(line -> line.startsWith("Bcc:") || line.startsWith("Subject:"));
                assertThat(email.text()).doesNotContain(LONG_NAME).doesNotContain("\u202E");
                assertThat(email.html()).doesNotContain(LONG_NAME).doesNotContain("\u202E");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void namesAreEscapedInHtmlAndWrittenAsTheyAreInText(String participantName, String mentorName) {
        for (MailLanguage language : MailLanguage.values()) {
            Email request = composer.mentorRequest(request(participantName, mentorName, "GRIEF"), language);

            String shown = Wording.name(participantName, language.phrases().noMentee());
            assertThat(request.text()).contains(shown);
            assertThat(request.html()).contains(HtmlUtils.htmlEscape(shown, "UTF-8"));
            assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(Wording.MAX_NAME_LENGTH);
        }
    }

    /** Every template in every language. */
    private List<Email> allEmails(String participantName, String mentorName, String code) {
        List<Email> emails = new ArrayList<>();
        for (MailLanguage language : MailLanguage.values()) {
            emails.add(composer.mentorRequest(request(participantName, mentorName, code), language));
            emails.add(composer.mentorIntroduction(
                    new MentorIntroduction(
                            participantName,
                            mentorName,
                            List.of(Format.PHONE, Format.IN_PERSON),
                            List.of(tuesday()),
                            "America/Chicago"),
                    language));
        }
        return emails;
    }

    private static MentorRequest request(String participantName, String mentorName, String code) {
        return new MentorRequest(
                mentorName,
                participantName,
                code,
                List.of(Format.ONLINE),
                List.of(tuesday()),
                "Europe/Warsaw",
                URI.create("https://matching.test/api/pairings/pr-1/response?token=t"),
                Instant.parse("2026-03-17T09:00:00Z"));
    }

    private void assertSubjectNamesNoIssue(String subject) {
        assertThat(subject)
                .isIn(Arrays.stream(MailLanguage.values())
                        .flatMap(language -> Stream.of(
                                language.subjects().mentorRequest(),
                                language.subjects().mentorIntroduction()))
                        .toList());
        for (String code : ISSUE_CODES) {
            assertThat(subject)
                    .doesNotContainIgnoringCase(code)
                    .doesNotContainIgnoringCase(words.of(code))
                    .doesNotContainIgnoringCase(SpanishIssueWords.of(code, words));
        }
    }

    private static Slot tuesday() {
        return new Slot(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
    }
}
