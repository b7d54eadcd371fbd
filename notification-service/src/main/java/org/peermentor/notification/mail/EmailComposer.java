package org.peermentor.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peermentor.contracts.words.IssueWords;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the emails from the Thymeleaf templates under {@code templates/mail/}: {@code *.html} in HTML mode
 * (every value escaped), {@code *.txt} in text mode. Templates only see ready-made words, never issue codes, last
 * names or anyone's address.
 */
public class EmailComposer {

    /** Subjects are fixed: they show on lock screens and in shared inboxes, so they never say what a pairing is about. */
    public static final String MENTOR_REQUEST_SUBJECT = "A new mentee would like to meet you";
    public static final String MENTOR_INTRODUCTION_SUBJECT = "Meet your peer mentor";

    private final TemplateEngine templates = new TemplateEngine();
    private final IssueWords issueWords;

    public EmailComposer(IssueWords issueWords) {
        this.issueWords = issueWords;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    public Email mentorRequest(MentorRequest request) {
        Map<String, Object> words = Map.of(
                "recipientName", Wording.name(request.mentorFirstName(), "there"),
                "partnerName", Wording.name(request.participantFirstName(), "Your new mentee"),
                "issue", issueWords.of(request.sharedIssue()),
                "formats", Wording.formats(request.formats()),
                "times", Wording.times(request.times()),
                "timezone", Wording.zoneName(request.timezone()),
                "responseUrl", request.responseUrl().toString(),
                "deadline", nullable(Wording.deadline(request.responseExpiresAt(), request.timezone())));
        return render(MENTOR_REQUEST_SUBJECT, "mentor-request", words);
    }

    public Email mentorIntroduction(MentorIntroduction introduction) {
        Map<String, Object> words = Map.of(
                "recipientName", Wording.name(introduction.participantFirstName(), "there"),
                "partnerName", Wording.name(introduction.mentorFirstName(), "Your mentor"),
                "formats", Wording.formats(introduction.formats()),
                "times", Wording.times(introduction.times()),
                "timezone", Wording.zoneName(introduction.timezone()));
        return render(MENTOR_INTRODUCTION_SUBJECT, "mentor-introduction", words);
    }

    private Email render(String subject, String template, Map<String, Object> words) {
        Context context = new Context(Locale.ENGLISH, words);
        return new Email(subject, templates.process(template + ".txt", context), templates.process(template + ".html", context));
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
