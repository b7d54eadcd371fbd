package org.peermentor.service.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.peermentor.contracts.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line for each record a listener takes, naming where it came from and its event type and id, never its key
 * or value (a person's id or data). Written inside the listener's trace, so the line carries the trace id the record
 * brought, and one request can be followed from service to service.
 */
public final class ConsumedRecords {

    private static final Logger log = LoggerFactory.getLogger(ConsumedRecords.class);

    private ConsumedRecords() {}

    public static void log(ConsumerRecord<?, ?> record) {
        log.info(
                "Consuming {} {} from {}-{}@{}",
                header(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.ID),
                record.topic(),
                record.partition(),
                record.offset());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
