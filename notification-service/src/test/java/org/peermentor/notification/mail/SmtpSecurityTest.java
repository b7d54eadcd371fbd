package org.peermentor.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** {@code notification.smtp.security} turns into Jakarta Mail settings, and they hold on a real SMTP connection. */
class SmtpSecurityTest {

    private static final Email EMAIL = new Email("Meet your peer mentor", "Hello", "<p>Hello</p>");

    @Test
    void eachModeBecomesTheJakartaMailPropertiesOfTheSmtpProtocolAndExplicitSettingsWin() {
        JavaMailSenderImpl starttls = senderWith("starttls", "mail.smtp.ssl.checkserveridentity", "false");
        JavaMailSenderImpl tls = senderWith("TLS", null, null);
        JavaMailSenderImpl none = senderWith(null, null, null);

        assertThat(starttls.getJavaMailProperties())
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "false");
        assertThat(tls.getJavaMailProperties())
                .containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.starttls.enable");
        assertThat(none.getJavaMailProperties()).containsOnlyKeys(MailConfiguration.MAIL_DEBUG);
    }

    @Test
    void implicitTlsDeliversOverAnEncryptedConnection() {
        try (TestSmtpServer smtps = TestSmtpServer.implicitTls()) {
            // the test server's certificate is self-signed and names no host: trusted here by explicit settings
            JavaMailSenderImpl sender = senderWith("tls", "mail.smtp.ssl.trust", "*");
            sender.getJavaMailProperties().put("mail.smtp.ssl.checkserveridentity", "false");
            sender.setPort(smtps.port());

            try (SmtpSession smtp = new Mailer(sender, "Program <no-reply@example.org>").open()) {
                smtp.send("<e-1.mentor@example.org>", "bea@example.org", EMAIL);
            }

            assertThat(smtps.receivedMessages()).hasSize(1);
        }
    }

    @Test
    void requiredStarttlsNeverSendsInTheClear() {
        try (TestSmtpServer plain = TestSmtpServer.plain()) {
            JavaMailSenderImpl sender = senderWith("starttls", null, null);
            sender.setPort(plain.port());
            try (SmtpSession smtp = new Mailer(sender, "Program <no-reply@example.org>").open()) {
                assertThatThrownBy(() -> smtp.send("<e-1.mentor@example.org>", "bea@example.org", EMAIL))
                        .isInstanceOf(MailException.class);
            }
            assertThat(plain.receivedMessages()).isEmpty();
        }
    }

    private static JavaMailSenderImpl senderWith(String security, String explicitKey, String explicitValue) {
        MockEnvironment environment = new MockEnvironment();
        if (security != null) {
            environment.setProperty("notification.smtp.security", security);
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        if (explicitKey != null) {
            sender.getJavaMailProperties().put(explicitKey, explicitValue); // as spring.mail.properties would set it
        }
        BeanPostProcessor processor = MailConfiguration.smtpSecurity(environment);
        return (JavaMailSenderImpl) processor.postProcessBeforeInitialization(sender, "mailSender");
    }
}
