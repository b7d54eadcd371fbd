package org.peermentor.notification.mail;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peermentor.contracts.Format;

/**
 * The languages emails are written in, and what differs between them besides the templates: the fixed subjects (one
 * per {@link EmailKind}), the words for meeting formats and weekdays, the date of a deadline, and the words used
 * when a name is missing.
 * A person's email is in the first of their languages the program writes in; English when none is.
 */
public enum MailLanguage {
    ENGLISH(
            Locale.ENGLISH,
            "",
            Map.of(
                    EmailKind.MENTOR_REQUEST, "A new mentee would like to meet you",
                    EmailKind.MENTOR_REMINDER, "A reminder: a new mentee is waiting for your answer",
                    EmailKind.MENTOR_CHECK_IN, "How is your mentoring going?",
                    EmailKind.MENTOR_THANKS, "Thank you for your time as a peer mentor",
                    EmailKind.MENTOR_INTRODUCTION, "Meet your peer mentor",
                    EmailKind.PARTICIPANT_CHECK_IN, "How is it going with your peer mentor?",
                    EmailKind.BACK_ON_THE_LIST, "An update from your peer support program",
                    EmailKind.PAIRING_CLOSED, "A note from your peer support program"),
            Map.of(Format.ONLINE, "online", Format.PHONE, "by phone", Format.IN_PERSON, "in person"),
            new Phrases("there", "Your new mentee", "Your mentor", "in the way your program arranges", " or "),
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH)),

    SPANISH(
            Locale.forLanguageTag("es"),
            ".es",
            Map.of(
                    EmailKind.MENTOR_REQUEST, "Una persona nueva quiere conocerte",
                    EmailKind.MENTOR_REMINDER, "Recordatorio: una persona nueva espera tu respuesta",
                    EmailKind.MENTOR_CHECK_IN, "¿Cómo va tu mentoría?",
                    EmailKind.MENTOR_THANKS, "Gracias por tu tiempo como mentor o mentora",
                    EmailKind.MENTOR_INTRODUCTION, "Te presentamos a tu mentor o mentora",
                    EmailKind.PARTICIPANT_CHECK_IN, "¿Qué tal con tu mentor o mentora?",
                    EmailKind.BACK_ON_THE_LIST, "Novedades de tu programa de apoyo entre pares",
                    EmailKind.PAIRING_CLOSED, "Unas palabras de tu programa de apoyo entre pares"),
            Map.of(Format.ONLINE, "en línea", Format.PHONE, "por teléfono", Format.IN_PERSON, "en persona"),
            new Phrases(
                    "",
                    "Una persona nueva del programa",
                    "Tu mentor o mentora",
                    "de la forma que organice tu programa",
                    " o "),
            DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es")));

    private final Locale locale;
    private final String templateSuffix;
    /** Fixed, one per kind: they show on lock screens and in shared inboxes, so they never say what a pairing is about. */
    private final Map<EmailKind, String> subjects;

    private final Map<Format, String> formats;
    private final Phrases phrases;
    private final DateTimeFormatter deadline;

    MailLanguage(
            Locale locale,
            String templateSuffix,
            Map<EmailKind, String> subjects,
            Map<Format, String> formats,
            Phrases phrases,
            DateTimeFormatter deadline) {
        this.locale = locale;
        this.templateSuffix = templateSuffix;
        this.subjects = subjects;
        this.formats = formats;
        this.phrases = phrases;
        this.deadline = deadline;
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
        return name + templateSuffix;
    }

    /** The fixed subject of this kind of email in this language. */
    String subject(EmailKind kind) {
        return subjects.get(kind);
    }

    Phrases phrases() {
        return phrases;
    }

    String format(Format format) {
        return formats.get(format);
    }

    DateTimeFormatter deadline() {
        return deadline;
    }

    /** "Tuesdays" in English, "los martes" in Spanish: the day every week. */
    String everyWeekOn(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return this == SPANISH ? "los " + name + (name.endsWith("s") ? "" : "s") : name + "s";
    }
}
