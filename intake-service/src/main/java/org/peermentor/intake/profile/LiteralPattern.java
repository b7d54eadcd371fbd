package org.peermentor.intake.profile;

/**
 * A word typed into a search as a pattern matching exactly its text, so a name search never runs what someone typed
 * as a pattern.
 */
final class LiteralPattern {

    private LiteralPattern() {}

    /**
     * The word as a pattern matching exactly its text: every ASCII character that is not a letter or digit is
     * escaped, which means itself in Java's patterns (the embedded store) and in PCRE (MongoDB) alike.
     */
    static String of(String word) {
        StringBuilder pattern = new StringBuilder(word.length() * 2);
        word.codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }
}
