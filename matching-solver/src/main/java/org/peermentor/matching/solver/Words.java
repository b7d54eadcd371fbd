package org.peermentor.matching.solver;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.peermentor.contracts.Format;

/** Codes written as words for explanations and reasons. */
final class Words {

    private static final Set<String> ACRONYMS = Set.of("PTSD", "ADHD", "OCD", "HIV");

    private Words() {}

    /** {@code ALCOHOL_USE} → "alcohol use"; acronyms stay as they are. */
    static String issue(String code) {
        return ACRONYMS.contains(code) ? code : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String issues(Collection<String> codes) {
        return codes.stream().map(Words::issue).collect(Collectors.joining(", "));
    }

    /** {@code es} → "Spanish (es)". */
    static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }

    static String languages(Collection<String> codes) {
        return and(codes.stream().map(Words::language).toList());
    }

    /** {@code NON_BINARY} → "non-binary". */
    static String gender(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String format(Format format) {
        return switch (format) {
            case ONLINE -> "online";
            case PHONE -> "by phone";
            case IN_PERSON -> "in person";
        };
    }

    static String formats(Collection<Format> formats) {
        return or(formats.stream().map(Words::format).toList());
    }

    static String and(List<String> words) {
        return join(words, " and ");
    }

    static String or(List<String> words) {
        return join(words, " or ");
    }

    static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String join(List<String> words, String last) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + last + words.get(words.size() - 1);
    }
}
