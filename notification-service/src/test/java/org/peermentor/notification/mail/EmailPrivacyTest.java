package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
            Email request = composer.write(Drafts.request(mentorName, participantName, "GRIEF"), language);

            String shown = ShownName.of(participantName, language.phrases().noMentee());
            assertThat(request.text()).contains(shown);
            assertThat(request.html()).contains(HtmlUtils.htmlEscape(shown, "UTF-8"));
            assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(ShownName.MAX_LENGTH);
        }
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void onlyAMentorsRequestNamesTheIssueEvenWhenADraftCarriesIt(String participantName, String mentorName) {
        for (MailLanguage language : MailLanguage.values()) {
            for (EmailKind kind : EmailKind.values()) {
                if (kind == EmailKind.MENTOR_REQUEST) {
                    continue;
                }
                for (String code : ISSUE_CODES) {
                    Draft withIssue = DraftBuilder.builder(draft(kind, participantName, mentorName, code))
                            .sharedIssue(code)
                            .build();
                    Email email = composer.write(withIssue, language);
                    for (String shown : List.of(words.of(code), words.of(code, MailLanguage.SPANISH.locale()))) {
                        assertThat(email.text()).as("%s %s", kind, language).doesNotContainIgnoringCase(shown);
                        assertThat(email.html()).as("%s %s", kind, language).doesNotContainIgnoringCase(shown);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aParticipantIsNeverToldTheMentorsNameOnceAPairingIsOver(String participantName, String mentorName) {
        String mentor = ShownName.of(mentorName, "");
        boolean telling = !mentor.isEmpty() && !mentor.equals(ShownName.of(participantName, ""));
        for (MailLanguage language : MailLanguage.values()) {
            for (EmailKind kind : List.of(EmailKind.BACK_ON_THE_LIST, EmailKind.PAIRING_CLOSED)) {
                Email email = composer.write(draft(kind, participantName, mentorName, null), language);
                if (telling) {
                    assertThat(email.text()).doesNotContain(mentor);
                    assertThat(email.html()).doesNotContain(HtmlUtils.htmlEscape(mentor, "UTF-8"));
                }
            }
        }
    }

    /** Every template in every language. */
    private List<Email> allEmails(String participantName, String mentorName, String code) {
        List<Email> emails = new ArrayList<>();
        for (MailLanguage language : MailLanguage.values()) {
            for (EmailKind kind : EmailKind.values()) {
                emails.add(composer.write(draft(kind, participantName, mentorName, code), language));
            }
        }
        return emails;
    }

    /** The kind's draft from the one side to the other. */
    private static Draft draft(EmailKind kind, String participantName, String mentorName, String code) {
        return kind.toMentor()
                ? Drafts.of(kind, mentorName, participantName, code)
                : Drafts.of(kind, participantName, mentorName, code);
    }

    private void assertSubjectNamesNoIssue(String subject) {
        assertThat(subject)
                .isIn(Arrays.stream(MailLanguage.values())
                        .flatMap(language -> Arrays.stream(EmailKind.values()).map(language::subject))
                        .toList());
        for (String code : ISSUE_CODES) {
            assertThat(subject)
                    .doesNotContainIgnoringCase(code)
                    .doesNotContainIgnoringCase(words.of(code))
                    .doesNotContainIgnoringCase(words.of(code, MailLanguage.SPANISH.locale()));
        }
    }
}
