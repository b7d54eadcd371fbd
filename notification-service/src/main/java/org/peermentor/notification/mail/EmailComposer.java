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
 * Renders the emails from the Thymeleaf templates under {@code templates/mail/}: {@code *.html} in HTML mode (every
 * value escaped), {@code *.txt} in text mode, one pair per {@link EmailKind} and {@link MailLanguage} ({@code *.es.*}
 * in Spanish). Every template sees the same ready-made words, never issue codes, last names or anyone's address.
 */
public class EmailComposer {

    /**
     * The English subjects (each language's are in {@code templates/mail/words*.properties}): fixed, never naming what
     * a pairing is about.
     */
    public static final String MENTOR_REQUEST_SUBJECT = MailLanguage.ENGLISH.subject(EmailKind.MENTOR_REQUEST);

    public static final String MENTOR_INTRODUCTION_SUBJECT =
            MailLanguage.ENGLISH.subject(EmailKind.MENTOR_INTRODUCTION);

    private final TemplateEngine templates = new TemplateEngine();
    private final IssueWords issueWords;

    public EmailComposer(IssueWords issueWords) {
        this.issueWords = issueWords;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    /** The email in English. */
    public Email write(Draft draft) {
        return write(draft, MailLanguage.ENGLISH);
    }

    /** The draft's kind of email, in this language, with its fixed subject. */
    public Email write(Draft draft, MailLanguage language) {
        Phrases phrases = language.phrases();
        EmailKind kind = draft.kind();
        Map<String, Object> words = Map.of(
                "recipientName", ShownName.of(draft.recipientFirstName(), phrases.noRecipientName()),
                "partnerName",
                        ShownName.of(
                                draft.partnerFirstName(), kind.toMentor() ? phrases.noMentee() : phrases.noMentor()),
                "issue", issueWords.of(draft.sharedIssue(), language.locale()),
                "formats", Wording.formats(draft.formats(), language),
                "times", Wording.times(draft.times(), language),
                "timezone", Wording.zoneName(draft.timezone()),
                "link", draft.link() == null ? "" : draft.link().toString(),
                "deadline", nullable(Wording.deadline(draft.linkExpiresAt(), draft.timezone(), language)));
        Context context = new Context(language.locale(), words);
        String name = language.template(kind.template());
        return new Email(
                language.subject(kind),
                templates.process(name + ".txt", context),
                templates.process(name + ".html", context));
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
