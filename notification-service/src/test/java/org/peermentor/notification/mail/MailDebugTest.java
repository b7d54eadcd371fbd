package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/**
 * Jakarta Mail's debug transcript prints every recipient and body to standard output, past the log levels: even
 * when an operator switches it on, the service's mail sender keeps it off.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailDebugTest {

    @Test
    void switchingOnJakartaMailDebugPrintsNoAddressOrBody(CapturedOutput output) {
        try (TestSmtpServer smtp = TestSmtpServer.plain()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(smtp.port());
            sender.getJavaMailProperties().put("mail.debug", "true"); // as spring.mail.properties.mail.debug would
            MailConfiguration.smtpSecurity(new MockEnvironment()).postProcessBeforeInitialization(sender, "mailSender");

            try (SmtpSession session = new Mailer(sender, "Program <no-reply@example.org>").open()) {
                session.send(
                        "<e-debug.mentor@example.org>",
                        "planted.debug.recipient@example.org",
                        new Email("Meet your peer mentor", "Hello Plantedname", "<p>Hello</p>"));
            }

            assertThat(smtp.receivedMessages()).hasSize(1);
            assertThat(output.getAll()).doesNotContain("planted.debug.recipient", "Plantedname");
        }
    }
}
