package org.peermentor.notification.mail;

import org.peermentor.contracts.words.IssueWords;
import org.peermentor.notification.NotificationProperties;
import org.peermentor.notification.SmtpSecurity;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail beans, and {@code notification.smtp.security} applied to Spring Boot's mail sender, whose debug transcript
 * stays off.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    static final String MAIL_DEBUG = "mail.debug";

    @Bean
    EmailComposer emailComposer(NotificationProperties properties) {
        return new EmailComposer(new IssueWords(properties.issueWords()));
    }

    @Bean
    Mailer mailer(JavaMailSenderImpl sender, NotificationProperties properties) {
        return new Mailer(sender, properties.sender());
    }

    /**
     * {@link MailSenderSecurity} for {@code notification.smtp.security}. Static and bound by hand because a bean
     * post-processor is created before configuration-properties beans exist.
     */
    @Bean
    static BeanPostProcessor smtpSecurity(Environment environment) {
        return new MailSenderSecurity(Binder.get(environment)
                .bind("notification.smtp.security", SmtpSecurity.class)
                .orElse(SmtpSecurity.NONE));
    }
}
