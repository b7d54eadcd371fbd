package org.peermentor.intake.profile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Arrays;
import java.util.List;
import org.peermentor.service.web.FieldError;
import org.peermentor.service.web.InvalidRequestException;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A list's {@code q}: each word typed must be found, ignoring case, in the first or the last name, so "ana" finds
 * Ana and Mariana and "ana silva" finds Ana Silva. The words are matched as literal text, never as patterns.
 */
public record NameSearch(List<String> words) {

    public static final NameSearch NONE = new NameSearch(List.of());
    static final int MAX_LENGTH = 100;
    private static final int MAX_WORDS = 5;

    public NameSearch {
        words = List.copyOf(words);
    }

    /** The search for {@code q}; {@link #NONE} when it is absent or blank. */
    public static NameSearch of(String q) {
        if (q == null || q.isBlank()) {
            return NONE;
        }
        List<String> words = Arrays.stream(q.strip().split("\\s+")).toList();
        if (q.length() > MAX_LENGTH || words.size() > MAX_WORDS) {
            throw new InvalidRequestException(List.of(
                    new FieldError("q", "must be at most " + MAX_LENGTH + " characters and " + MAX_WORDS + " words")));
        }
        return new NameSearch(words);
    }

    /** The criteria a profile document must meet, or {@code null} when nothing was searched for. */
    Criteria criteria() {
        if (words.isEmpty()) {
            return null;
        }
        return new Criteria()
                .andOperator(words.stream()
                        .map(word -> new Criteria()
                                .orOperator(
                                        where("profile.firstName").regex(LiteralPattern.of(word), "i"),
                                        where("profile.lastName").regex(LiteralPattern.of(word), "i")))
                        .toList());
    }
}
