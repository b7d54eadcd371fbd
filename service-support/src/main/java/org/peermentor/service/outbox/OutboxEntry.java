package org.peermentor.service.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.Topics;

/**
 * An event waiting in its profile's document to be published. The payload is the exact JSON that goes on
 * Kafka, fixed at write time, so the event always carries the profile as it was at its version. The W3C
 * {@code traceparent} of the request or record it was written in (null: none) lets its publication continue that
 * trace, though the relay sends it later, on a thread of its own.
 */
public record OutboxEntry(
        String eventId,
        String type,
        String topic,
        String key,
        long version,
        Date occurredAt,
        String payload,
        String traceparent) {

    public static Document of(ProfileEvent event) {
        return of(
                event.eventId(),
                event.type(),
                event.topic(),
                event.profileId(),
                event.version(),
                event.occurredAt(),
                event);
    }

    public static Document of(PairingEvent event) {
        return of(
                event.eventId(),
                event.type(),
                Topics.PAIRING_EVENTS,
                event.pairingId(),
                event.pairing().version(),
                event.occurredAt(),
                event);
    }

    /** The entry of any event; {@code version} orders the entries of one document. */
    public static Document of(
            String eventId, String type, String topic, String key, long version, Instant occurredAt, Object event) {
        return entry(
                eventId,
                type,
                topic,
                key,
                version,
                occurredAt,
                new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    /**
     * A tombstone: the record with this key and no value, which tells every consumer to forget the key and lets a
     * compacted topic drop all earlier records of it. {@code type} still names the event in the headers.
     */
    public static Document tombstone(
            String eventId, String type, String topic, String key, long version, Instant occurredAt) {
        return entry(eventId, type, topic, key, version, occurredAt, null);
    }

    private static Document entry(
            String eventId, String type, String topic, String key, long version, Instant occurredAt, String payload) {
        return traced(new Document("eventId", eventId)
                .append("type", type)
                .append("topic", topic)
                .append("key", key)
                .append("version", version)
                .append("occurredAt", Date.from(occurredAt))
                .append("payload", payload));
    }

    private static Document traced(Document entry) {
        String traceparent = CurrentTrace.traceparent();
        return traceparent == null ? entry : entry.append("traceparent", traceparent);
    }

    static OutboxEntry from(Document entry) {
        return new OutboxEntry(
                entry.getString("eventId"),
                entry.getString("type"),
                entry.getString("topic"),
                entry.getString("key"),
                ((Number) entry.get("version")).longValue(),
                entry.getDate("occurredAt"),
                entry.getString("payload"),
                entry.getString("traceparent"));
    }
}
