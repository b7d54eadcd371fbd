package org.peermentor.intake.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.Topics;

/**
 * The {@code pairing-events} topic as matching writes it: each event keyed by its pairing id, its type in the
 * CloudEvents header. Each send waits until the broker has the record.
 */
public final class PairingEventsTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public PairingEventsTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    public void publish(PairingEvent event) {
        send(event.pairingId(), event.type(), EventJson.write(event));
    }

    /** A record typed as a proposal whose value no consumer can read. */
    public void publishUnreadable(String key, byte[] value) {
        send(key, "PairingProposed", value);
    }

    private void send(String key, String type, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PAIRING_EVENTS, key, value);
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
