package org.peermentor.notification.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ProfileEvent;
import tools.jackson.core.JacksonException;

/**
 * Reads events from records by their {@code ce_type} header. Anything unreadable — no type, an unknown type,
 * bad JSON, an event without its ids — is an {@link InvalidEventException}.
 */
public final class EventRecords {

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,99}");

    private EventRecords() {}

    public static ProfileEvent profileEvent(ConsumerRecord<String, byte[]> record) {
        ProfileEvent event = read(record, () -> EventJson.readProfileEvent(type(record), record.value()));
        if (blank(event.eventId()) || blank(event.profileId()) || event.profile() == null) {
            throw new InvalidEventException(event.type() + " without eventId, profile id or profile");
        }
        return event;
    }

    public static PairingEvent pairingEvent(ConsumerRecord<String, byte[]> record) {
        PairingEvent event = read(record, () -> EventJson.readPairingEvent(type(record), record.value()));
        if (blank(event.eventId()) || blank(event.pairingId()) || event.pairing() == null) {
            throw new InvalidEventException(event.type() + " without eventId, pairingId or pairing");
        }
        return event;
    }

    private static <T> T read(ConsumerRecord<String, byte[]> record, Supplier<T> reader) {
        if (record.value() == null) {
            throw new InvalidEventException("Record without a value at offset " + record.offset());
        }
        try {
            return reader.get();
        } catch (JacksonException e) {
            throw new InvalidEventException(
                    "Unreadable JSON at offset " + record.offset() + " of " + record.topic(), e);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(e.getMessage(), e);
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (header == null || header.value() == null) {
            throw new InvalidEventException("Record without a " + CloudEventHeaders.TYPE + " header");
        }
        String type = new String(header.value(), StandardCharsets.UTF_8);
        // an unknown type is named in the failure, which is logged: only when it cannot be an address or a sentence
        if (!TYPE_NAME.matcher(type).matches()) {
            throw new InvalidEventException("Record whose " + CloudEventHeaders.TYPE + " is not an event type name");
        }
        return type;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
