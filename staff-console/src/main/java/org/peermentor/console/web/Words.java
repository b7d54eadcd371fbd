package org.peermentor.console.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.peermentor.console.services.Slot;
import org.springframework.stereotype.Component;

/**
 * The API's vocabulary in the words people read: issue codes, genders, formats, days, statuses and languages.
 * A code the console does not know (the issue taxonomy is configurable) is shown made readable, never dropped.
 */
@Component("words")
public class Words {

    private static final Map<String, String> ISSUES = ordered(
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
    private static final Map<String, String> GENDERS = ordered(
            "FEMALE", "Female", "MALE", "Male", "NON_BINARY", "Non-binary", "UNDISCLOSED", "Prefers not to say");
    private static final Map<String, String> FORMATS =
            ordered("ONLINE", "Online (video call)", "PHONE", "By phone", "IN_PERSON", "In person");
    private static final Map<String, String> PREFERENCES = ordered(
            "ANY",
            "No preference",
            "SAME",
            "Same gender as theirs",
            "FEMALE",
            "A female mentor",
            "MALE",
            "A male mentor",
            "NON_BINARY",
            "A non-binary mentor");
    private static final Map<String, String> URGENCIES =
            ordered("NORMAL", "Normal", "HIGH", "High: needs a mentor soon");
    private static final Map<String, String> STATUSES = ordered(
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
    private static final Map<String, String> LANGUAGES = ordered(
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
    private static final Map<String, String> ACTIONS = ordered(
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

    public String issue(String code) {
        return word(ISSUES, code);
    }

    public String gender(String code) {
        return word(GENDERS, code);
    }

    public String format(String code) {
        return word(FORMATS, code);
    }

    public String preference(String code) {
        return word(PREFERENCES, code == null ? "ANY" : code);
    }

    public String urgency(String code) {
        return word(URGENCIES, code == null ? "NORMAL" : code);
    }

    public String status(String code) {
        return word(STATUSES, code);
    }

    public String action(String code) {
        return word(ACTIONS, code);
    }

    public String day(String code) {
        try {
            return DayOfWeek.valueOf(code).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        } catch (IllegalArgumentException | NullPointerException notADay) {
            return readable(code);
        }
    }

    public String language(String code) {
        if (code == null) {
            return "";
        }
        String known = LANGUAGES.get(code);
        if (known != null) {
            return known;
        }
        String java = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return java.isBlank() || java.equals(code) ? code : java;
    }

    /** "Tuesday 18:00–20:00". */
    public String slot(Slot slot) {
        return day(slot.day()) + " " + slot.start() + "–" + slot.end();
    }

    public String issues(List<String> codes) {
        return join(codes.stream().map(this::issue));
    }

    public String formats(List<String> codes) {
        return join(codes.stream().map(this::format));
    }

    public String languages(List<String> codes) {
        return join(codes.stream().map(this::language));
    }

    public String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZoneOffset.UTC));
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }

    public List<Choice> issueChoices() {
        return choices(ISSUES);
    }

    public List<Choice> genderChoices() {
        return choices(GENDERS);
    }

    public List<Choice> formatChoices() {
        return choices(FORMATS);
    }

    public List<Choice> preferenceChoices() {
        return choices(PREFERENCES);
    }

    public List<Choice> urgencyChoices() {
        return choices(URGENCIES);
    }

    public List<Choice> dayChoices() {
        return Stream.of(DayOfWeek.values())
                .map(day -> new Choice(day.name(), day(day.name())))
                .toList();
    }

    public List<Choice> statusChoices(List<String> codes) {
        return codes.stream().map(code -> new Choice(code, status(code))).toList();
    }

    /** The common languages, plus any other the person already has (a record may carry a code not listed here). */
    public List<Choice> languageChoices(List<String> selected) {
        List<Choice> choices = new ArrayList<>(choices(LANGUAGES));
        selected.stream()
                .filter(code -> !LANGUAGES.containsKey(code))
                .forEach(code -> choices.add(new Choice(code, language(code))));
        return choices;
    }

    private static String word(Map<String, String> words, String code) {
        return code == null ? "" : words.getOrDefault(code, readable(code));
    }

    /** {@code SOME_CODE} → "Some code". */
    static String readable(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String join(Stream<String> words) {
        return String.join(", ", words.toList());
    }

    private static List<Choice> choices(Map<String, String> words) {
        return words.entrySet().stream()
                .map(word -> new Choice(word.getKey(), word.getValue()))
                .toList();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(words);
    }
}
