package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** One SMTP session carries several emails, each under its own Message-ID; an unreachable server fails them all. */
class SmtpSessionTest {

    private static final Email EMAIL = new Email("Meet your peer mentor", "Hello", "<p>Hello</p>");

    @Test
    void everyEmailOfASessionArrivesUnderItsOwnMessageId() {
        try (TestSmtpServer smtp = TestSmtpServer.plain();
                SmtpSession session = mailer(smtp.port()).open()) {
            session.send("<e-1.mentor@example.org>", "bea@example.org", EMAIL);
            session.send("<e-2.mentor@example.org>", "cyd@example.org", EMAIL);
            session.send("<e-3.participant@example.org>", "ana@example.org", EMAIL);

            assertThat(Arrays.stream(smtp.receivedMessages()).map(SmtpSessionTest::messageId))
                    .containsExactlyInAnyOrder(
                            "<e-1.mentor@example.org>", "<e-2.mentor@example.org>", "<e-3.participant@example.org>");
        }
    }

    @Test
    void aBadAddressFailsThatEmailAloneAndTheNextStillArrives() {
        try (TestSmtpServer smtp = TestSmtpServer.plain();
                SmtpSession session = mailer(smtp.port()).open()) {
            assertThatThrownBy(() -> session.send("<e-1.mentor@example.org>", "not an address", EMAIL))
                    .isInstanceOf(InvalidAddressException.class);
            session.send("<e-2.mentor@example.org>", "cyd@example.org", EMAIL);

            assertThat(smtp.receivedMessages())
                    .singleElement()
                    .satisfies(message -> assertThat(messageId(message)).isEqualTo("<e-2.mentor@example.org>"));
        }
    }

    @Test
    void whenNoServerAnswersEveryEmailOfTheSessionFails() throws IOException {
        try (SmtpSession session = mailer(closedPort()).open()) {
            assertThatThrownBy(() -> session.send("<e-1.mentor@example.org>", "bea@example.org", EMAIL))
                    .isInstanceOf(MailSendException.class);
            assertThatThrownBy(() -> session.send("<e-2.mentor@example.org>", "cyd@example.org", EMAIL))
                    .isInstanceOf(MailSendException.class);
        }
    }

    private static Mailer mailer(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        return new Mailer(sender, "Program <no-reply@example.org>");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort(); // closed again at once: nothing listens there
        }
    }
}
