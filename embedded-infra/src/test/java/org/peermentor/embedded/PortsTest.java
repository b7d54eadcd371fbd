package org.peermentor.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    /** Where Linux, macOS and Windows start picking outgoing connections' local ports by default. */
    private static final int OUTGOING_CONNECTIONS_FROM = 32_768;

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
    void portsHandedOutForOneStackNeverMeetEachOtherOrTheirManagementPortsOrOutgoingConnections() {
        Set<Integer> taken = new HashSet<>();
        for (int part = 0; part < 200; part++) {
            int port = Ports.freePort();

            assertThat(taken.add(port)).as("port %d handed out once", port).isTrue();
            assertThat(taken.add(port + Ports.MANAGEMENT_OFFSET))
                    .as("management port of %d", port)
                    .isTrue();
            assertThat(port + Ports.MANAGEMENT_OFFSET + 100).isLessThan(OUTGOING_CONNECTIONS_FROM);
        }
        assertThat(Ports.claim(taken.iterator().next())).isFalse();
    }

    @Test
    void aFreePortPasses() {
        int port = Ports.freePort();

        assertThat(Ports.isFree(port)).isTrue();
        Ports.requireFree(port, "Kafka", "--kafka-port");
    }
}
