package org.peermentor.e2e;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.peermentor.localstack.auth.TokenClient;

/**
 * A story told over the whole system: each test gets the system as {@code ./run-local} runs it, in a data folder of
 * its own (named after {@link #folderPrefix()}), the inbox where its emails arrive, and the intake desk's and a
 * program manager's tokens; the system is stopped after the test.
 */
abstract class WholeSystemStory {

    protected final JsonHttp http = new JsonHttp();
    protected WholeSystem system;
    protected Mailbox inbox;

    /** The start of the test's data folder's name, so a folder left behind says which story made it. */
    protected abstract String folderPrefix();

    @BeforeEach
    void startTheWholeSystem() throws IOException {
        system = WholeSystem.start(folderPrefix());
        inbox = new Mailbox(http, system.ports());
    }

    @AfterEach
    void stopIt() {
        if (system != null) {
            system.close();
        }
    }

    protected TokenClient desk() {
        return system.desk();
    }

    protected TokenClient manager() {
        return system.manager();
    }

    protected String intake(String path) {
        return system.ports().intake(path);
    }

    protected String matching(String path) {
        return system.ports().matching(path);
    }

    protected String notification(String path) {
        return system.ports().notification(path);
    }
}
