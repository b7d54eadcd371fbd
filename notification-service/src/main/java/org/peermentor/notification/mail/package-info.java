/**
 * Turning a pairing into an email and handing it to SMTP. Every email is one {@link EmailKind} (a template pair and a
 * fixed subject per language) written from one {@link Draft} in the recipient's {@link MailLanguage}. Templates are
 * Thymeleaf, multipart plain text + HTML (the HTML ones share {@code layout.html}); a language's other words, subjects
 * included, are in {@code templates/mail/words*.properties} beside them. Every personal value is HTML-escaped;
 * subjects are fixed and never name an issue; issue codes become plain words, and only a mentor's request shows them.
 * This package knows nothing of Kafka or MongoDB.
 */
package org.peermentor.notification.mail;
