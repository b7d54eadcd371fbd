package org.peermentor.service.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;

/**
 * The Kafka record an outbox entry is published as: its payload (none for a tombstone) under its key, with the
 * CloudEvents headers every consumer reads the event's type, time and source from.
 */
final class CloudEventRecords {

    private CloudEventRecords() {}

    static ProducerRecord<String, byte[]> of(OutboxEntry entry, String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, entry.eventId());
        header(headers, CloudEventHeaders.TYPE, entry.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.TIME, entry.occurredAt().toInstant().toString());
        header(headers, CloudEventHeaders.SUBJECT, entry.key());
        header(headers, CloudEventHeaders.SCHEMA_VERSION, EventJson.SCHEMA_VERSION);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        byte[] value = entry.payload() == null ? null : entry.payload().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(entry.topic(), null, entry.key(), value, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
