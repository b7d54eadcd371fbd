package org.peermentor.contracts;

/**
 * Kafka record headers of every event, after the CloudEvents Kafka protocol binding (binary mode):
 * the value is the event's JSON, the attributes travel as {@code ce_} headers.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    /** Extension attribute: the version of the event's JSON shape, bumped on any incompatible change. */
    public static final String SCHEMA_VERSION = "ce_schemaversion";

    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {}
}
