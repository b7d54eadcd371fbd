package org.peermentor.service.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line for each record a listener takes, naming where it came from: topic, partition and offset, nothing the
 * sender wrote (key, value or headers may carry a person's data, even in a header meant for an event type). Written
 * inside the listener's trace, so the line carries the trace id the record brought, and one request can be followed
 * from service to service.
 */
public final class ConsumedRecords {

    private static final Logger log = LoggerFactory.getLogger(ConsumedRecords.class);

    private ConsumedRecords() {}

    public static void log(ConsumerRecord<?, ?> record) {
        log.info("Consuming {}-{}@{}", record.topic(), record.partition(), record.offset());
    }
}
