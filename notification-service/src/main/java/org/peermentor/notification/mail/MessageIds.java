package org.peermentor.notification.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code Message-ID} of a delivery, derived from its event and recipient so that a resend, should one ever
 * happen, carries the same id and mail systems that deduplicate by it show one message.
 */
public final class MessageIds {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private MessageIds() {}

    /** {@code <eventId.role@domain>}; an event id that is not safe in a header is replaced by its SHA-256. */
    public static String of(String eventId, String role, String domain) {
        String left = SAFE.matcher(eventId).matches() && eventId.length() <= 128 ? eventId : sha256(eventId);
        return "<" + left + "." + role.toLowerCase(Locale.ROOT) + "@" + domain + ">";
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
