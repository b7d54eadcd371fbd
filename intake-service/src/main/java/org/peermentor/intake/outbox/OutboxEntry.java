package org.peermentor.intake.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.bson.Document;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.ProfileEvent;

/**
 * An event waiting in its profile's document to be published. The payload is the exact JSON that goes on
 * Kafka, fixed at write time, so the event always carries the profile as it was at its version.
 */
public record OutboxEntry(String eventId, String type, String topic, String key, long version, Date occurredAt,
                          String payload) {

    public static Document of(ProfileEvent event) {
        return new Document("eventId", event.eventId())
                .append("type", event.type())
                .append("topic", event.topic())
                .append("key", event.profileId())
                .append("version", event.version())
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("payload", new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    static OutboxEntry from(Document entry) {
        return new OutboxEntry(entry.getString("eventId"), entry.getString("type"), entry.getString("topic"),
                entry.getString("key"), ((Number) entry.get("version")).longValue(), entry.getDate("occurredAt"),
                entry.getString("payload"));
    }
}
