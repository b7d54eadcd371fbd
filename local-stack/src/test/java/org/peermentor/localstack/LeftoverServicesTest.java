package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermentor.embedded.Ports;

/**
 * A run killed with SIGKILL leaves its services running; the next start with the same data folder stops them, and
 * never a process that merely got one of their pids.
 */
class LeftoverServicesTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private ServiceProcess service;

    @AfterEach
    void stopTheFakeService() {
        if (service != null && service.isAlive()) {
            service.kill();
        }
    }

    @Test
    void aServiceAnEarlierRunLeftBehindIsStoppedAtTheNextStart() {
        service = startFakeService();
        LeftoverServices.record(data, List.of(service));
        runEndedWithoutStoppingIt();

        assertThat(LeftoverServices.stopLeftovers(data, out, Duration.ofSeconds(20)))
                .isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> !service.isAlive());
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Stopping fake-service (pid " + service.handle().pid() + "), left running by an earlier run");
        assertThat(data.resolve(LeftoverServices.FILE_NAME)).doesNotExist();
        assertThat(LeftoverServices.stopLeftovers(data, out, Duration.ofSeconds(20)))
                .isZero();
    }

    @Test
    void aPidNowHeldByAnotherProcessIsLeftAlone() throws Exception {
        service = startFakeService();
        // the recorded process started at another time: the pid was given to someone else since
        Files.writeString(
                data.resolve(LeftoverServices.FILE_NAME),
                "fake-service " + service.handle().pid() + " 2020-01-01T00:00:00Z" + System.lineSeparator());

        assertThat(LeftoverServices.stopLeftovers(data, out, Duration.ofSeconds(20)))
                .isZero();

        assertThat(service.isAlive()).isTrue();
    }

    @Test
    void aSecondStartWhileTheRunIsStillGoingLeavesItsServicesAlone() {
        service = startFakeService();
        LeftoverServices.record(data, List.of(service)); // the run recorded is this JVM, which is still running

        assertThat(LeftoverServices.stopLeftovers(data, out, Duration.ofSeconds(20)))
                .isZero();

        assertThat(service.isAlive()).isTrue();
        assertThat(data.resolve(LeftoverServices.FILE_NAME)).exists();
    }

    @Test
    void aRunStoppedNormallyLeavesNothingToStop() {
        service = startFakeService();
        LeftoverServices.record(data, List.of(service));
        service.destroy();
        service.awaitExit(Duration.ofSeconds(20));
        LeftoverServices.forget(data);

        assertThat(LeftoverServices.stopLeftovers(data, out, Duration.ofSeconds(20)))
                .isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** The run that wrote the record is gone (its line now names a process that is not running). */
    private void runEndedWithoutStoppingIt() {
        Path file = data.resolve(LeftoverServices.FILE_NAME);
        try {
            List<String> lines = Files.readAllLines(file).stream()
                    .map(line ->
                            line.startsWith("run-local ") ? line.replaceFirst(" \\S+$", " 2020-01-01T00:00:00Z") : line)
                    .toList();
            assertThat(lines).anyMatch(line -> line.startsWith("run-local ") && line.endsWith("2020-01-01T00:00:00Z"));
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServiceProcess startFakeService() {
        int port = Ports.freePort();
        ServiceProcess started = ServiceProcess.launch(
                "fake-service",
                port,
                ServiceProcessTest.fakeService(port),
                data.resolve("logs").resolve("fake-service.log"));
        started.awaitReady(Duration.ofSeconds(30));
        return started;
    }
}
