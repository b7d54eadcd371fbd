package org.peermentor.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peermentor.embedded.Ports;

class ServiceProcessTest {

    @TempDir
    Path logs;

    @Test
    void aServiceIsReadyWhenItsReadinessSaysUpAndStopsWhenAsked() throws Exception {
        int port = Ports.freePort();
        ServiceProcess service =
                ServiceProcess.launch("fake-service", port, fakeService(port), logs.resolve("fake-service.log"));

        service.awaitReady(Duration.ofSeconds(30));
        assertThat(service.isReady()).isTrue();

        service.destroy();
        service.awaitExit(Duration.ofSeconds(20));
        assertThat(service.isAlive()).isFalse();
        assertThat(service.stoppedCleanly()).isTrue();
        assertThat(Files.readString(logs.resolve("fake-service.log"))).contains("fake service starting with " + port);
    }

    @Test
    void aKilledServiceDidNotStopCleanly() {
        int port = Ports.freePort();
        ServiceProcess service =
                ServiceProcess.launch("fake-service", port, fakeService(port), logs.resolve("fake-service.log"));
        service.awaitReady(Duration.ofSeconds(30));

        service.kill();

        assertThat(service.isAlive()).isFalse();
        assertThat(service.stoppedCleanly()).isFalse();
    }

    @Test
    void aServiceThatDiesBeforeItIsReadyFailsWithTheEndOfItsLog() {
        int port = Ports.freePort();
        List<String> command = new ArrayList<>(fakeService(port));
        command.add("fail");
        ServiceProcess service = ServiceProcess.launch("fake-service", port, command, logs.resolve("fake-service.log"));

        assertThatIllegalStateException()
                .isThrownBy(() -> service.awaitReady(Duration.ofSeconds(30)))
                .withMessageContaining("fake-service exited with code 3 before it was ready")
                .withMessageContaining("boom: no database");
    }

    static List<String> fakeService(int port) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FakeService.class.getName(),
                String.valueOf(port));
    }
}
