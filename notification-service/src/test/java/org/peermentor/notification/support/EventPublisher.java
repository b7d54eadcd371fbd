package org.peermentor.notification.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.Topics;
import org.peermentor.testkit.TopicWriter;

/** Publishes events as intake and matching do: JSON value, id as key, CloudEvents headers, acknowledged by the broker. */
public final class EventPublisher implements AutoCloseable {

    private final TopicWriter writer;

    public EventPublisher(String bootstrapServers) {
        writer = new TopicWriter(bootstrapServers);
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
        return writer.write(topic, key, headers, value);
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
        writer.close();
    }
}
