package org.peermentor.console.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Stream;
import org.peermentor.console.services.Slot;
import org.springframework.stereotype.Component;

/**
 * The API's vocabulary in the words people read: issue codes, genders, formats, days, statuses and languages.
 * A code the console does not know (the issue taxonomy is configurable) is shown made readable, never dropped.
 * Each code list is a {@link WordTable} in a public final field, so a template reads {@code @words.issue.word(code)}.
 */
@Component("words")
public class Words {

    public final WordTable issue = WordTable.of(
            Words::readable,
            "ALCOHOL_USE",
            "Alcohol use",
            "OPIOID_USE",
            "Opioid use",
            "STIMULANT_USE",
            "Stimulant use",
            "GAMBLING",
            "Gambling",
            "DEPRESSION",
            "Depression",
            "ANXIETY",
            "Anxiety",
            "BIPOLAR",
            "Bipolar disorder",
            "PTSD",
            "PTSD (post-traumatic stress)",
            "EATING_DISORDER",
            "Eating disorder",
            "GRIEF",
            "Grief",
            "CHRONIC_ILLNESS",
            "Chronic illness",
            "CAREGIVING",
            "Caring for someone");
    public final WordTable gender = WordTable.of(
            Words::readable,
            "FEMALE",
            "Female",
            "MALE",
            "Male",
            "NON_BINARY",
            "Non-binary",
            "UNDISCLOSED",
            "Prefers not to say");
    public final WordTable format = WordTable.of(
            Words::readable, "ONLINE", "Online (video call)", "PHONE", "By phone", "IN_PERSON", "In person");
    public final WordTable preference = WordTable.of(
                    Words::readable,
                    "ANY",
                    "No preference",
                    "SAME",
                    "Same gender as theirs",
                    "FEMALE",
                    "A female mentor",
                    "MALE",
                    "A male mentor",
                    "NON_BINARY",
                    "A non-binary mentor")
            .whenAbsent("ANY");
    public final WordTable urgency = WordTable.of(
                    Words::readable, "NORMAL", "Normal", "HIGH", "High: needs a mentor soon")
            .whenAbsent("NORMAL");
    public final WordTable status = WordTable.of(
            Words::readable,
            "WAITING",
            "Waiting for a mentor",
            "PROPOSED",
            "Mentor proposed",
            "MATCHED",
            "Matched",
            "ACTIVE",
            "Active",
            "WITHDRAWN",
            "Withdrawn");
    public final WordTable language = WordTable.of(
            Words::languageName,
            "en",
            "English",
            "es",
            "Spanish",
            "fr",
            "French",
            "de",
            "German",
            "pt",
            "Portuguese",
            "it",
            "Italian",
            "pl",
            "Polish",
            "ru",
            "Russian",
            "uk",
            "Ukrainian",
            "zh",
            "Chinese",
            "ar",
            "Arabic",
            "hi",
            "Hindi",
            "bn",
            "Bengali",
            "ur",
            "Urdu",
            "vi",
            "Vietnamese",
            "tl",
            "Tagalog",
            "ko",
            "Korean",
            "ja",
            "Japanese",
            "fa",
            "Persian",
            "tr",
            "Turkish",
            "so",
            "Somali",
            "am",
            "Amharic",
            "ht",
            "Haitian Creole",
            "nl",
            "Dutch",
            "ro",
            "Romanian",
            "el",
            "Greek",
            "he",
            "Hebrew",
            "sw",
            "Swahili");
    public final WordTable day = WordTable.of(Words::readable, dayNames());
    public final WordTable action = WordTable.of(
            Words::readable,
            "CREATE",
            "Registered",
            "READ",
            "Viewed",
            "LIST",
            "Seen in a list",
            "UPDATE",
            "Changed",
            "STATUS",
            "Status moved by a pairing",
            "WITHDRAW",
            "Withdrew",
            "ERASE",
            "Erased");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** "Tuesday 18:00–20:00". */
    public String slot(Slot slot) {
        return day.word(slot.day()) + " " + slot.start() + "–" + slot.end();
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZoneOffset.UTC));
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }

    /** {@code SOME_CODE} → "Some code". */
    static String readable(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A language the table does not list, named by Java, or its code where Java does not know it either. */
    private static String languageName(String code) {
        String java = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return java.isBlank() || java.equals(code) ? code : java;
    }

    /** MONDAY, "Monday", TUESDAY, "Tuesday"… */
    private static String[] dayNames() {
        return Stream.of(DayOfWeek.values())
                .flatMap(day -> Stream.of(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
                .toArray(String[]::new);
    }
}
