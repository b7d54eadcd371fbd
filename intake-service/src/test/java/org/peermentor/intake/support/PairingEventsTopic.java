package org.peermentor.intake.support;

import java.util.Map;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.Topics;
import org.peermentor.testkit.TopicWriter;

/**
 * The {@code pairing-events} topic as matching writes it: each event keyed by its pairing id, its type in the
 * CloudEvents header. Each send waits until the broker has the record.
 */
public final class PairingEventsTopic implements AutoCloseable {

    private final TopicWriter writer;

    public PairingEventsTopic(String bootstrapServers) {
        writer = new TopicWriter(bootstrapServers);
    }

    public void publish(PairingEvent event) {
        send(event.pairingId(), event.type(), EventJson.write(event));
    }

    /** A record typed as a proposal whose value no consumer can read. */
    public void publishUnreadable(String key, byte[] value) {
        send(key, "PairingProposed", value);
    }

    private void send(String key, String type, byte[] value) {
        writer.write(Topics.PAIRING_EVENTS, key, Map.of(CloudEventHeaders.TYPE, type), value);
    }

    @Override
    public void close() {
        writer.close();
    }
}
