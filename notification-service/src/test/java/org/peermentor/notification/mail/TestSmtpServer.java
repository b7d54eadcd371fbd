package org.peermentor.notification.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail server on a free port that takes mail for anyone without a login, started, for the tests that speak
 * SMTP to a real server; closing it stops it.
 */
final class TestSmtpServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final boolean implicitTls;

    private TestSmtpServer(ServerSetup setup) {
        greenMail = new GreenMail(setup.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        implicitTls = setup.isSecure();
    }

    /** SMTP in the clear, as a server that offers no STARTTLS. */
    static TestSmtpServer plain() {
        return new TestSmtpServer(ServerSetupTest.SMTP);
    }

    /** SMTP over TLS from the first byte, with a self-signed certificate that names no host. */
    static TestSmtpServer implicitTls() {
        return new TestSmtpServer(ServerSetupTest.SMTPS);
    }

    int port() {
        return (implicitTls ? greenMail.getSmtps() : greenMail.getSmtp()).getPort();
    }

    MimeMessage[] receivedMessages() {
        return greenMail.getReceivedMessages();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
