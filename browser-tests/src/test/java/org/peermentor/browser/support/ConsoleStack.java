package org.peermentor.browser.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.embedded.Ports;
import org.peermentor.localstack.LocalStack;
import org.peermentor.localstack.auth.DemoCredentials;
import org.peermentor.localstack.auth.TokenClient;
import org.peermentor.testkit.WholeSystemOptions;

/**
 * The whole system as {@code ./run-local} runs it (Kafka, MongoDB, mail, the issuer, the three services and the
 * staff console, each on a free port), started once for all browser test classes and stopped when they are done.
 */
public final class ConsoleStack implements BeforeAllCallback {

    private static LocalStack stack;
    private static String consoleUrl;
    private static String issuerUrl;
    private static String intakeUrl;
    private static String matchingUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(ConsoleStack.class, key -> start(), Running.class);
    }

    private static Running start() {
        Path data = temporaryDirectory();
        int console = Ports.freePort();
        int auth = Ports.freePort();
        int intake = Ports.freePort();
        int matching = Ports.freePort();
        List<String> options = WholeSystemOptions.inFolder(data);
        options.addAll(List.of(
                "--kafka-port",
                "" + Ports.freePort(),
                "--mongo-port",
                "" + Ports.freePort(),
                "--smtp-port",
                "" + Ports.freePort(),
                "--inbox-port",
                "" + Ports.freePort(),
                "--intake-port",
                "" + intake,
                "--matching-port",
                "" + matching,
                "--notification-port",
                "" + Ports.freePort(),
                "--auth-port",
                "" + auth,
                "--console-port",
                "" + console));
        stack = LocalStack.startWith(options.toArray(String[]::new));
        consoleUrl = "http://localhost:" + console;
        issuerUrl = "http://localhost:" + auth;
        intakeUrl = "http://localhost:" + intake;
        matchingUrl = "http://localhost:" + matching;
        return new Running();
    }

    /** The console's address, e.g. {@code http://localhost:41234}. */
    public static String consoleUrl() {
        return consoleUrl;
    }

    public static String issuerUrl() {
        return issuerUrl;
    }

    public static String intakeUrl() {
        return intakeUrl;
    }

    public static String matchingUrl() {
        return matchingUrl;
    }

    /** A demo person's generated password, as {@code DATA_DIR/demo-users.json} holds it. */
    public static String password(String username) {
        return stack.users().password(username);
    }

    /** Tokens of the intake desk's machine client, to arrange and check data through the API. */
    public static TokenClient intakeDesk() {
        return stack.tokenClient(DemoCredentials.INTAKE_DESK);
    }

    /** Tokens of the program manager's machine client (every program), to read audit trails through the API. */
    public static TokenClient programManager() {
        return stack.tokenClient(DemoCredentials.PROGRAM_MANAGER);
    }

    /** The dev inbox: every email the notification service sent, newest first. */
    public static List<InboxMessage> inbox() {
        return stack.mail().messages();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("browser-tests-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the stack when the last test class is done. */
    private static final class Running implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
