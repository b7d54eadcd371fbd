package org.peermentor.notification.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.Topics;

/** Publishes events as intake and matching do: JSON value, id as key, CloudEvents headers, acknowledged by the broker. */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all"));
    }

    public RecordMetadata publish(ProfileEvent event) {
        return publish(
                event.topic(),
                event.profileId(),
                headers(event.eventId(), event.type(), "/intake-service", event.occurredAt(), event.profileId()),
                EventJson.write(event));
    }

    public RecordMetadata publish(PairingEvent event) {
        return publish(
                Topics.PAIRING_EVENTS,
                event.pairingId(),
                headers(event.eventId(), event.type(), "/matching-service", event.occurredAt(), event.pairingId()),
                EventJson.write(event));
    }

    /** Anything at all, for records that are not what they should be. A null header value leaves the header out. */
    public RecordMetadata publish(String topic, String key, Map<String, String> headers, byte[] value) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, headerValue) -> {
            if (headerValue != null) {
                recordHeaders.add(name, headerValue.getBytes(StandardCharsets.UTF_8));
            }
        });
        try {
            return producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e.getCause());
        }
    }

    public static Map<String, String> headers(String id, String type, String source, Instant time, String subject) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.SCHEMA_VERSION, EventJson.SCHEMA_VERSION);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    @Override
    public void close() {
        producer.close();
    }
}
