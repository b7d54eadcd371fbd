package org.peermentor.devinbox;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import jakarta.mail.internet.MimeMessage;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Hands every message GreenMail receives to the inbox, once per SMTP transaction (GreenMail delivers once per
 * recipient; the inbox, like Mailpit, keeps one copy listing all of them). Runs before the SMTP "250 OK".
 */
public final class InboxDelivery implements MessageDeliveryHandler {

    private final Inbox inbox;
    private final Set<MovingMessage> delivered =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public InboxDelivery(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) {
        return new Recipient(recipient.getEmail());
    }

    private void deliver(MovingMessage message) {
        if (delivered.add(message)) {
            inbox.receive(message.getMessage(), message.getReturnPath(), message.getToAddresses());
        }
    }

    /** A mailbox that is only a way into the inbox; no IMAP or POP3 runs, so nothing else asks it anything. */
    private final class Recipient implements GreenMailUser {
        private final String email;

        Recipient(String email) {
            this.email = email;
        }

        @Override
        public void deliver(MovingMessage message) {
            InboxDelivery.this.deliver(message);
        }

        @Override
        public void deliver(MimeMessage message) {
            throw new UnsupportedOperationException("Only SMTP delivery reaches this inbox");
        }

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public void setPassword(String password) {
            // no authentication here
        }

        @Override
        public void authenticate(String password) {
            // any password is fine: authentication is disabled
        }

        @Override
        public void create() {
            // no mailbox to create
        }

        @Override
        public void delete() {
            // no mailbox to delete
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
