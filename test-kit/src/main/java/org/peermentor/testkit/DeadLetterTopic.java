package org.peermentor.testkit;

import java.time.Duration;

/**
 * A topic's dead-letter topic ({@code <topic>.DLT}) as the services' listener tests look at it: how many letters it
 * holds, which consumer group gave up a record, and how long it keeps its letters.
 */
public final class DeadLetterTopic {

    /** The header the container's dead-letter publisher names the group that gave the record up in. */
    public static final String ORIGINAL_GROUP = "kafka_dlt-original-consumer-group";

    private final String bootstrapServers;
    private final String topic;

    /** The dead-letter topic of {@code topic}. */
    public DeadLetterTopic(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic + ".DLT";
    }

    /** How many letters it holds; 0 before its first letter. */
    public long count() {
        return GroupOffsets.records(bootstrapServers, topic);
    }

    /** Waits for the letter with this key and returns the consumer group that gave the record up. */
    public String awaitGroupThatGaveUp(String key) {
        try (TopicProbe letters = new TopicProbe(bootstrapServers, topic)) {
            return TopicProbe.header(
                    letters.awaitRecords(key, records -> !records.isEmpty()).get(0), ORIGINAL_GROUP);
        }
    }

    /** How long it keeps its letters, as its {@code retention.ms} setting. */
    public Duration retention() {
        return Duration.ofMillis(Long.parseLong(GroupOffsets.topicSetting(bootstrapServers, topic, "retention.ms")));
    }
}
