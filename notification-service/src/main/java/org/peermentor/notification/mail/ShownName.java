package org.peermentor.notification.mail;

/** A person's first name as an email may show it, whatever the profile holds. */
final class ShownName {

    /** The contract's longest name; anything longer is cut, so a hostile name cannot blow up a message. */
    static final int MAX_LENGTH = 100;

    private ShownName() {}

    /**
     * A first name as it may appear in a message: control characters (line breaks included) and text-direction
     * overrides removed, spaces collapsed, at most {@value #MAX_LENGTH} characters. Escaping is the template's job.
     */
    static String of(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String cleaned = raw.replaceAll("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (cleaned.isEmpty()) {
            return fallback;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH - 1))
                            .strip() + "…";
        }
        return cleaned;
    }
}
