package org.peermentor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortInUseIsReportedWithTheOptionThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThatIllegalStateException()
                    .isThrownBy(() -> Ports.requireFree(port, "Kafka", "--kafka-port"))
                    .withMessage("Port " + port + " (Kafka) is already in use; choose another with --kafka-port");
            assertThatIllegalStateException()
                    .isThrownBy(() -> EmbeddedMail.create(null, port, 0).start())
                    .withMessage("Port " + port + " (SMTP) is already in use");
        }
    }

    @Test
    void aFreePortPasses() {
        int port = Ports.freePort();

        assertThat(Ports.isFree(port)).isTrue();
        Ports.requireFree(port, "Kafka", "--kafka-port");
    }
}
