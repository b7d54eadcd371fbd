package org.peermentor.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.words.IssueWords;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the emails from the Thymeleaf templates under {@code templates/mail/}: {@code *.html} in HTML mode
 * (every value escaped), {@code *.txt} in text mode, one pair per {@link MailLanguage} ({@code *.es.*} in Spanish). Templates only see ready-made words, never issue codes, last
 * names or anyone's address.
 */
public class EmailComposer {

    /** The English subjects (each language's are in {@link MailLanguage}): fixed, never naming what a pairing is about. */
    public static final String MENTOR_REQUEST_SUBJECT =
            MailLanguage.ENGLISH.subjects().mentorRequest();

    public static final String MENTOR_INTRODUCTION_SUBJECT =
            MailLanguage.ENGLISH.subjects().mentorIntroduction();

    private final TemplateEngine templates = new TemplateEngine();
    private final IssueWords issueWords;

    public EmailComposer(IssueWords issueWords) {
        this.issueWords = issueWords;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    public Email mentorRequest(MentorRequest request) {
        return mentorRequest(request, MailLanguage.ENGLISH);
    }

    public Email mentorRequest(MentorRequest request, MailLanguage language) {
        MailLanguage.Phrases phrases = language.phrases();
        Map<String, Object> words = Map.of(
                "recipientName", Wording.name(request.mentorFirstName(), phrases.noRecipientName()),
                "partnerName", Wording.name(request.participantFirstName(), phrases.noMentee()),
                "issue",
                        language == MailLanguage.SPANISH
                                ? SpanishIssueWords.of(request.sharedIssue(), issueWords)
                                : issueWords.of(request.sharedIssue()),
                "formats", Wording.formats(request.formats(), language),
                "times", Wording.times(request.times(), language),
                "timezone", Wording.zoneName(request.timezone()),
                "responseUrl", request.responseUrl().toString(),
                "deadline", nullable(Wording.deadline(request.responseExpiresAt(), request.timezone(), language)));
        return render(language.subjects().mentorRequest(), language, "mentor-request", words);
    }

    public Email mentorIntroduction(MentorIntroduction introduction) {
        return mentorIntroduction(introduction, MailLanguage.ENGLISH);
    }

    public Email mentorIntroduction(MentorIntroduction introduction, MailLanguage language) {
        MailLanguage.Phrases phrases = language.phrases();
        Map<String, Object> words = Map.of(
                "recipientName", Wording.name(introduction.participantFirstName(), phrases.noRecipientName()),
                "partnerName", Wording.name(introduction.mentorFirstName(), phrases.noMentor()),
                "formats", Wording.formats(introduction.formats(), language),
                "times", Wording.times(introduction.times(), language),
                "timezone", Wording.zoneName(introduction.timezone()));
        return render(language.subjects().mentorIntroduction(), language, "mentor-introduction", words);
    }

    private Email render(String subject, MailLanguage language, String template, Map<String, Object> words) {
        Context context = new Context(language.locale(), words);
        String name = language.template(template);
        return new Email(
                subject, templates.process(name + ".txt", context), templates.process(name + ".html", context));
    }

    // Map.of refuses nulls; an empty string reads as "no deadline" in the templates
    private static Object nullable(String value) {
        return value == null ? "" : value;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
