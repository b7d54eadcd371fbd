package org.peermentor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.contracts.SampleEvents.golden;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the wire shape of every pairing event, as the profile events are pinned. */
class PairingEventGoldenJsonTest {

    static Stream<PairingEvent> events() {
        return SampleEvents.pairingEvents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theProducerWritesExactlyTheGoldenJson(PairingEvent event) throws IOException {
        assertThat(EventJson.mapper().readTree(EventJson.write(event))).isEqualTo(golden(event.type()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theConsumerReadsTheGoldenJsonBackToTheSameEvent(PairingEvent event) throws IOException {
        byte[] golden = EventJson.mapper().writeValueAsBytes(golden(event.type()));

        assertThat(EventJson.readPairingEvent(event.type(), golden)).isEqualTo(event);
    }
}
