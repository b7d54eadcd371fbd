package org.peermentor.service.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class ListenerErrorsTest {

    @Test
    void deadLettersAreKeptForTheRetentionAndGoWithinADayOfIt() {
        List<NewTopic> topics = ListenerErrors.deadLetterTopicList(
                ListenerErrors.DEAD_LETTER_SUFFIX, Duration.ofDays(7), "participant-profiles", "pairing-events");

        assertThat(topics).extracting(NewTopic::name).containsExactly("participant-profiles.DLT", "pairing-events.DLT");
        assertThat(topics)
                .allSatisfy(topic -> assertThat(topic.configs())
                        .containsExactlyInAnyOrderEntriesOf(Map.of(
                                TopicConfig.RETENTION_MS_CONFIG,
                                        String.valueOf(Duration.ofDays(7).toMillis()),
                                TopicConfig.SEGMENT_MS_CONFIG,
                                        String.valueOf(Duration.ofDays(1).toMillis()))));
    }

    @Test
    void aRetentionShorterThanADayRollsSegmentsAsOftenAsItEnds() {
        NewTopic topic = ListenerErrors.deadLetterTopicList(".DLT", Duration.ofHours(2), "mentor-profiles")
                .get(0);

        assertThat(topic.configs())
                .containsEntry(
                        TopicConfig.RETENTION_MS_CONFIG,
                        String.valueOf(Duration.ofHours(2).toMillis()))
                .containsEntry(
                        TopicConfig.SEGMENT_MS_CONFIG,
                        String.valueOf(Duration.ofHours(2).toMillis()));
    }
}
