package org.peermentor.notification.mail;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.peermentor.contracts.Format;

/**
 * The languages emails are written in. Each has its templates ({@code mentor-request.es.html} in Spanish) and its
 * words besides them in {@code templates/mail/words.properties} ({@code words_es.properties} in Spanish): the fixed
 * subjects (one per {@link EmailKind}), the words for meeting formats, the date of a deadline, and the words used when
 * a name is missing. A person's email is in the first of their languages the program writes in; English when none is.
 */
public enum MailLanguage {
    ENGLISH(Locale.ENGLISH),
    SPANISH(Locale.forLanguageTag("es"));

    private static final String WORDS = "templates.mail.words";
    // else a missing word would come from the JVM's default locale, not from English
    private static final ResourceBundle.Control ENGLISH_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    MailLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The first of these languages (ISO codes, e.g. {@code es} or {@code es-MX}) emails are written in; else English. */
    public static MailLanguage of(List<String> spoken) {
        for (String language : spoken == null ? List.<String>of() : spoken) {
            String primary = language == null
                    ? ""
                    : language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
            for (MailLanguage written : values()) {
                if (written.locale.getLanguage().equals(primary)) {
                    return written;
                }
            }
        }
        return ENGLISH;
    }

    Locale locale() {
        return locale;
    }

    /** The template's name in this language: {@code mentor-request} in English, {@code mentor-request.es} in Spanish. */
    String template(String name) {
        return this == ENGLISH ? name : name + "." + locale.getLanguage();
    }

    /** The fixed subject of this kind of email in this language: it never says what a pairing is about. */
    String subject(EmailKind kind) {
        return words().getString("subject." + kind.name());
    }

    Phrases phrases() {
        ResourceBundle words = words();
        return new Phrases(
                words.getString("missing.recipient-name"),
                words.getString("missing.mentee"),
                words.getString("missing.mentor"),
                words.getString("missing.format"),
                words.getString("format.last-or"));
    }

    String format(Format format) {
        return words().getString("format." + format.name());
    }

    DateTimeFormatter deadline() {
        return DateTimeFormatter.ofPattern(words().getString("deadline"), locale);
    }

    /** "Tuesdays" in English, "los martes" in Spanish: the day every week. */
    String everyWeekOn(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return this == SPANISH ? "los " + name + (name.endsWith("s") ? "" : "s") : name + "s";
    }

    private ResourceBundle words() {
        return ResourceBundle.getBundle(WORDS, locale, ENGLISH_FALLBACK);
    }
}
