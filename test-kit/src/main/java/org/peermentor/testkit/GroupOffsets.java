package org.peermentor.testkit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

/**
 * What a consumer group has committed, against the end of its topics, as {@code kafka-consumer-groups.sh} shows it;
 * and a topic's settings, as {@code kafka-configs.sh --describe} shows them.
 */
public final class GroupOffsets {

    private GroupOffsets() {}

    /** How many records the topic holds (the sum of its partitions' end offsets); 0 when it does not exist. */
    public static long records(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                return 0;
            }
            List<TopicPartition> partitions =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                            .map(partition -> new TopicPartition(topic, partition.partition()))
                            .toList();
            return admin
                    .listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                    .all()
                    .get()
                    .values()
                    .stream()
                    .mapToLong(ListOffsetsResultInfo::offset)
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Records of these topics the group has not committed yet (a partition it never committed counts from 0). */
    public static long lag(String bootstrapServers, String group, String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions =
                    admin.describeTopics(List.of(topics)).allTopicNames().get().values().stream()
                            .flatMap(topic -> topic.partitions().stream()
                                    .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                            .toList();
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                    .all()
                    .get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return partitions.stream()
                    .mapToLong(partition -> ends.get(partition).offset()
                            - (committed.get(partition) == null
                                    ? 0
                                    : committed.get(partition).offset()))
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the offsets of group " + group, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the group's lag on these topics is {@code lag} and stays so for five seconds: what a listener shows
     * while its store is away, its tries failing and nothing it read committed as done.
     */
    public static void awaitLagHeldAt(long lag, String bootstrapServers, String group, String... topics) {
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(20))
                .until(() -> lag(bootstrapServers, group, topics) == lag);
    }

    /** The value of one setting of a topic as the broker holds it ({@code retention.ms}, …); null when it has none. */
    public static String topicSetting(String bootstrapServers, String topic, String setting) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry entry = admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get(setting);
            return entry == null ? null : entry.value();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the settings of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
