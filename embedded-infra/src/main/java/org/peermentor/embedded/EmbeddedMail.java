package org.peermentor.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.List;
import org.peermentor.devinbox.Inbox;
import org.peermentor.devinbox.InboxDelivery;
import org.peermentor.devinbox.InboxHttpServer;
import org.peermentor.devinbox.InboxMessage;

/**
 * An SMTP server (GreenMail) that accepts any recipient without authentication, and a web inbox that also answers
 * the read part of Mailpit's API. Messages are kept as .eml files under the data dir, so a restart finds them again.
 */
public final class EmbeddedMail extends RestartableServer<EmbeddedMail.Running> {

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader for every header block and MIME part it
        // parses (jakartaee/mail-api#699) unless this names it: two fifths of the inbox's CPU per message
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public static final int DEFAULT_SMTP_PORT = 3025;
    public static final int DEFAULT_HTTP_PORT = 8025;

    private final Inbox inbox;
    private final int httpPort;

    private EmbeddedMail(Inbox inbox, int smtpPort, int httpPort) {
        super(smtpPort);
        this.inbox = inbox;
        this.httpPort = httpPort;
    }

    /** A stopped mail server; a null {@code dataDirOrNull} keeps messages in memory only. Port 0 picks a free port. */
    public static EmbeddedMail create(Path dataDirOrNull, int smtpPort, int httpPort) {
        Logging.quietMail();
        return new EmbeddedMail(new Inbox(dataDirOrNull), Ports.freeIfZero(smtpPort), Ports.freeIfZero(httpPort));
    }

    @Override
    protected Running open() {
        Ports.requireFree(port(), "SMTP");
        Ports.requireFree(httpPort, "inbox");
        inbox.load();
        GreenMail greenMail = new GreenMail(new ServerSetup(port(), "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler(new InboxDelivery(inbox));
        try {
            return new Running(greenMail, InboxHttpServer.start(inbox, httpPort));
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
    }

    @Override
    protected void shut(Running running) {
        running.http().stop();
        running.smtp().stop();
    }

    /** The SMTP server's port, which {@link #port()} is too. */
    public int smtpPort() {
        return port();
    }

    public int httpPort() {
        return httpPort;
    }

    public String inboxUrl() {
        return "http://localhost:" + httpPort;
    }

    /** What the inbox holds, newest first; the same data the HTTP API shows. */
    public List<InboxMessage> messages() {
        return inbox.newestFirst();
    }

    /** Empties the inbox, files included (what {@code DELETE /api/v1/messages} does). */
    public void deleteAllMessages() {
        inbox.deleteAll();
    }

    /** The SMTP server and the inbox's HTTP server, started and stopped together. */
    record Running(GreenMail smtp, InboxHttpServer http) {}
}
