package org.peermentor.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A message whose Message-ID is fixed: JavaMail would otherwise make up a new one on every save. */
final class IdentifiedMessage extends MimeMessage {

    private final String messageId;

    IdentifiedMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
