package org.peermentor.intake.program;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A program's id and the name people see. */
public record ProgramName(String id, String displayName) {

    /** A program nobody has named yet: its id made readable, {@code demo-recovery} → {@code Demo recovery}. */
    static ProgramName unnamed(String id) {
        String words =
                Arrays.stream(id.split("-")).filter(word -> !word.isEmpty()).collect(Collectors.joining(" "));
        return new ProgramName(
                id, words.isEmpty() ? id : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
    }
}
