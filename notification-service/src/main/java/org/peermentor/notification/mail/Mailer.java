package org.peermentor.notification.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Builds emails as {@code multipart/alternative} (plain text, then HTML) under a Message-ID the caller chose, and
 * opens SMTP sessions that hand several of them over one connection. Blocking, as JavaMail is: callers run it on
 * the bounded SMTP pool.
 */
public class Mailer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up again for every MIME part, through ServiceLoader over the whole
        // class path (jakartaee/mail-api#699) unless this property names it: a fifth of this service's CPU per email
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSenderImpl server;
    private final InternetAddress from;

    /** {@code server}: Spring Boot's sender, for its session (the {@code spring.mail.*} settings) and credentials. */
    public Mailer(JavaMailSenderImpl server, String from) {
        this.server = server;
        try {
            this.from = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("notification.sender is not an email address", e);
        }
    }

    /** A session that connects on its first message; close it when done. */
    public SmtpSession open() {
        return new SmtpSession(server, this);
    }

    MimeMessage message(String messageId, String to, Email email) {
        InternetAddress recipient = recipient(to);
        try {
            MimeMessage message = new IdentifiedMessage(server.getSession(), messageId);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, recipient);
            message.setSubject(email.subject(), UTF_8);
            // as setSentDate writes it, without JavaMail's date format (a synchronized SimpleDateFormat per message)
            message.setHeader("Date", DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
            message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies to this
            MimeMultipart alternatives = new MimeMultipart("alternative");
            alternatives.addBodyPart(part(email.text(), "plain"));
            alternatives.addBodyPart(part(email.html(), "html"));
            message.setContent(alternatives);
            message.saveChanges();
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException("The message could not be built", e);
        }
    }

    private static InternetAddress recipient(String to) {
        try {
            return new InternetAddress(to, true);
        } catch (AddressException | NullPointerException e) {
            throw new InvalidAddressException(e);
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, UTF_8, subtype);
        // what JavaMail picks for such text anyway (times hold an en dash; HTML lines are long); naming it spares it
        // encoding each part once more only to look
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }
}
