package org.peermentor.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of every event, shared by producers and consumers. Readers ignore fields they do
 * not know, so a producer may add fields without breaking older consumers.
 */
public final class EventJson {

    /** Version of the JSON shape carried in {@link CloudEventHeaders#SCHEMA_VERSION}. */
    public static final String SCHEMA_VERSION = "1";

    private static final Map<String, Class<? extends ProfileEvent>> PROFILE_EVENT_TYPES = Map.of(
            "ParticipantProfileChanged", ParticipantProfileChanged.class,
            "ParticipantWithdrawn", ParticipantWithdrawn.class,
            "MentorProfileChanged", MentorProfileChanged.class,
            "MentorWithdrawn", MentorWithdrawn.class);

    private static final Map<String, Class<? extends PairingEvent>> PAIRING_EVENT_TYPES = Map.ofEntries(
            Map.entry("PairingProposed", PairingProposed.class),
            Map.entry("PairingApproved", PairingApproved.class),
            Map.entry("PairingRejected", PairingRejected.class),
            Map.entry("PairingSuperseded", PairingSuperseded.class),
            Map.entry("PairingAccepted", PairingAccepted.class),
            Map.entry("PairingDeclined", PairingDeclined.class),
            Map.entry("PairingEnded", PairingEnded.class),
            Map.entry("PairingReminderDue", PairingReminderDue.class),
            Map.entry("PairingExpired", PairingExpired.class),
            Map.entry("PairingCheckInDue", PairingCheckInDue.class));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventJson() {}

    public static byte[] write(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Reads a profile event by its CloudEvents type; an unknown type is an error the caller dead-letters. */
    public static ProfileEvent readProfileEvent(String ceType, byte[] json) {
        Class<? extends ProfileEvent> type = PROFILE_EVENT_TYPES.get(ceType);
        if (type == null) {
            throw new IllegalArgumentException("Unknown profile event type: " + ceType);
        }
        return readEvent(json, type, ceType);
    }

    /** Reads a pairing event by its CloudEvents type; an unknown type is an error the caller dead-letters. */
    public static PairingEvent readPairingEvent(String ceType, byte[] json) {
        Class<? extends PairingEvent> type = PAIRING_EVENT_TYPES.get(ceType);
        if (type == null) {
            throw new IllegalArgumentException("Unknown pairing event type: " + ceType);
        }
        return readEvent(json, type, ceType);
    }

    /**
     * Jackson's messages quote the input they could not read, and an event's input is a person's profile: a record that
     * cannot be read is named by its type and the kind of failure only, with no cause attached, so no log or error
     * handler down the line can print a piece of it.
     */
    private static <T> T readEvent(byte[] json, Class<T> type, String ceType) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException unreadable) {
            throw new IllegalArgumentException(
                    "Unreadable " + ceType + " JSON (" + unreadable.getClass().getSimpleName()
                            + (unreadable.getLocation() == null
                                    ? ""
                                    : " at byte " + unreadable.getLocation().getByteOffset())
                            + ")");
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
