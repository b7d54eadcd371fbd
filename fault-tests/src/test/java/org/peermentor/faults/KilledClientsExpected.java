package org.peermentor.faults;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that kill services on purpose: a killed service's connections are reset under the embedded servers
 * running in this JVM, and a server thread may then end with an uncaught exception (GreenMail's SMTP handler does).
 * Awaitility fails whichever wait is running when any thread ends that way; here that is the fault under test, not a
 * failure, so the waits leave other threads' exceptions alone. What the test asserts is unchanged.
 */
class KilledClientsExpected implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Awaitility.reset();
    }
}
