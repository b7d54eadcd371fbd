package org.peermentor.notification.mail;

/** One rendered email: a fixed subject and the same message as plain text and as HTML. */
public record Email(String subject, String text, String html) {}
