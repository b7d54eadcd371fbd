package org.peermentor.intake.outbox;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.IntakeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The profile topics intake owns, created compacted when missing: the latest record per person is the current
 * profile, and a tombstone (erasure) lets compaction drop everything earlier about that person.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "intake.topics.create", havingValue = "true", matchIfMissing = true)
class ProfileTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics profileTopics(IntakeProperties properties) {
        IntakeProperties.ProfileTopics settings = properties.topics();
        return new KafkaAdmin.NewTopics(
                compacted(Topics.PARTICIPANT_PROFILES, settings), compacted(Topics.MENTOR_PROFILES, settings));
    }

    private static NewTopic compacted(String name, IntakeProperties.ProfileTopics settings) {
        return TopicBuilder.name(name)
                .compact()
                .config(TopicConfig.SEGMENT_MS_CONFIG, Long.toString(settings.segmentMs()))
                .config(TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(settings.deleteRetentionMs()))
                .config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")
                .build();
    }
}
