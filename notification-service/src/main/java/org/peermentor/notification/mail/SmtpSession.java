package org.peermentor.notification.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Several emails over one SMTP connection: connect and greet once, then one {@code MAIL FROM … DATA} per message.
 * The connection opens with the first message; after a message fails on it, the next one opens a new one. When
 * connecting fails, every later message of the session fails at once, so an unreachable server costs one timeout
 * per session, not one per message. Not thread-safe: one session per thread of the SMTP pool.
 */
public final class SmtpSession implements AutoCloseable {

    private final JavaMailSenderImpl server;
    private final Mailer mailer;
    private Transport transport;
    private MailException unreachable;

    SmtpSession(JavaMailSenderImpl server, Mailer mailer) {
        this.server = server;
        this.mailer = mailer;
    }

    /** Returns once the SMTP server accepted the message; throws a {@code MailException} when it did not. */
    public void send(String messageId, String to, Email email) {
        MimeMessage message = mailer.message(messageId, to, email);
        Transport connected = connected();
        try {
            connected.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close(); // its state is unknown now
            throw new MailSendException("The SMTP server did not accept the message", e);
        }
    }

    private Transport connected() {
        if (unreachable != null) {
            throw unreachable;
        }
        if (transport == null) {
            try {
                transport = connect();
            } catch (AuthenticationFailedException e) {
                unreachable = new MailAuthenticationException(e);
                throw unreachable;
            } catch (MessagingException e) {
                unreachable = new MailSendException("Could not connect to the SMTP server", e);
                throw unreachable;
            }
        }
        return transport;
    }

    // as Spring's JavaMailSenderImpl connects: its session, protocol, host, port and credentials
    private Transport connect() throws MessagingException {
        String username = server.getUsername();
        String password = server.getPassword();
        if ("".equals(username)) {
            username = null;
            password = "".equals(password) ? null : password;
        }
        String protocol = server.getProtocol() != null
                ? server.getProtocol()
                : server.getSession().getProperty("mail.transport.protocol");
        Transport opened = server.getSession().getTransport(protocol != null ? protocol : "smtp");
        opened.connect(server.getHost(), server.getPort(), username, password);
        return opened;
    }

    /** Says goodbye ({@code QUIT}) if a connection is open. */
    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the messages it carried were accepted or not already; there is nothing left to lose
            }
            transport = null;
        }
    }
}
