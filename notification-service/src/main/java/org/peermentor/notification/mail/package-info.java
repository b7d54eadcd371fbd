/**
 * Turning a pairing into an email and handing it to SMTP. Templates are Thymeleaf, multipart plain text + HTML,
 * with every personal value HTML-escaped; subjects are fixed and never name an issue; issue codes become plain
 * words. This package knows nothing of Kafka or MongoDB.
 */
package org.peermentor.notification.mail;
