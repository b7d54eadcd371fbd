package org.peermentor.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** A service running as a child JVM, its output appended to its own log file. */
final class ServiceProcess {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final int TAIL_LINES = 40;
    private static final int EXIT_ON_SIGTERM = 128 + 15;

    private final String name;
    private final Process process;
    private final Path logFile;
    private final URI readiness;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceProcess(String name, Process process, Path logFile, int port) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
    }

    static ServiceProcess launch(String name, int port, List<String> command, Path logFile) {
        return launch(name, port, command, Map.of(), logFile);
    }

    /** Likewise, with more environment variables; their values (secrets among them) are not written to the log. */
    static ServiceProcess launch(
            String name, int port, List<String> command, Map<String, String> environment, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    "=== " + Instant.now() + " " + String.join(" ", command) + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder.redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()))
                    .start();
            process.getOutputStream().close();
            return new ServiceProcess(name, process, logFile, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits for readiness UP; fails with the end of the service's log when it exits first or takes too long. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (!isReady()) {
                if (process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(name + " exited with code " + process.exitValue()
                            + " before it was ready. Last lines of " + logFile + ":\n" + tail());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s ("
                            + readiness + "). Last lines of " + logFile + ":\n" + tail());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    boolean isReady() throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && UP.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** Asks the JVM to shut down (SIGTERM, so Spring closes gracefully); {@link #awaitExit} makes sure it did. */
    void destroy() {
        process.destroy();
    }

    /** SIGKILL ({@code kill -9}): the JVM ends at once, without its shutdown hooks; returns once it is gone. */
    void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void awaitExit(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println(name + " did not stop within " + grace.toSeconds() + " s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Gone after a graceful shutdown: SIGTERM's exit code, or 0. */
    boolean stoppedCleanly() {
        return !process.isAlive() && (process.exitValue() == 0 || process.exitValue() == EXIT_ON_SIGTERM);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    void onUnexpectedExit(Runnable action) {
        process.onExit().thenRun(action);
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    String tail() {
        try {
            // lenient decoding: a log cut mid-character must still show its tail
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join(
                    System.lineSeparator(), lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
    }
}
