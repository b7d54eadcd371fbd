package org.peermentor.notification.mail;

import org.peermentor.notification.SmtpSecurity;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Adds the Jakarta Mail properties of the chosen security to the sender Boot built from {@code spring.mail.*};
 * anything set explicitly under {@code spring.mail.properties} wins — except {@code mail.debug}, which is always off:
 * its transcript goes straight to standard output, past the log levels, with every recipient address and message
 * body in it.
 */
final class MailSenderSecurity implements BeanPostProcessor {

    private final SmtpSecurity security;

    MailSenderSecurity(SmtpSecurity security) {
        this.security = security;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            security.javaMailProperties().forEach(sender.getJavaMailProperties()::putIfAbsent);
            sender.getJavaMailProperties().put(MailConfiguration.MAIL_DEBUG, "false");
        }
        return bean;
    }
}
