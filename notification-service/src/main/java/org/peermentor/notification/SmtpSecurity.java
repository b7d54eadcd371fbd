package org.peermentor.notification;

import java.util.Map;

/**
 * How the SMTP connection is protected ({@code notification.smtp.security}), as Jakarta Mail properties for the
 * {@code smtp} protocol; the mail package applies it to the mail sender. Both TLS modes
 * check that the server's certificate names the host.
 */
public enum SmtpSecurity {

    /** Plain SMTP, for a relay on the same host or network (the local stack). */
    NONE(Map.of()),
    /** Connect in plain text, then upgrade with STARTTLS; a server that cannot upgrade is refused, never used in clear. */
    STARTTLS(Map.of(
            "mail.smtp.starttls.enable", "true",
            "mail.smtp.starttls.required", "true",
            "mail.smtp.ssl.checkserveridentity", "true")),
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS(Map.of(
            "mail.smtp.ssl.enable", "true",
            "mail.smtp.ssl.checkserveridentity", "true"));

    private final Map<String, String> javaMailProperties;

    SmtpSecurity(Map<String, String> javaMailProperties) {
        this.javaMailProperties = javaMailProperties;
    }

    public Map<String, String> javaMailProperties() {
        return javaMailProperties;
    }
}
