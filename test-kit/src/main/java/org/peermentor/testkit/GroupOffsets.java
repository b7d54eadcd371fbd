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
        return ask(bootstrapServers, "the offsets of " + topic, admin -> {
            if (!admin.listTopics().names().get().contains(topic)) {
                return 0L;
            }
            return endOffsets(admin, partitions(admin, topic)).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        });
    }

    /** Records of these topics the group has not committed yet (a partition it never committed counts from 0). */
    public static long lag(String bootstrapServers, String group, String... topics) {
        return ask(bootstrapServers, "the offsets of group " + group, admin -> {
            List<TopicPartition> partitions = partitions(admin, topics);
            Map<TopicPartition, Long> ends = endOffsets(admin, partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return partitions.stream()
                    .mapToLong(partition -> ends.get(partition)
                            - (committed.get(partition) == null
                                    ? 0
                                    : committed.get(partition).offset()))
                    .sum();
        });
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
        return ask(bootstrapServers, "the settings of " + topic, admin -> {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry entry = admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get(setting);
            return entry == null ? null : entry.value();
        });
    }

    /** Every partition of these topics. */
    private static List<TopicPartition> partitions(Admin admin, String... topics)
            throws InterruptedException, ExecutionException {
        return admin.describeTopics(List.of(topics)).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .toList();
    }

    /** Each partition's end offset: where its next record will stand. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        return admin
                .listOffsets(partitions.stream()
                        .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                .all()
                .get()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, end -> end.getValue().offset()));
    }

    /** A question for the broker, asked through an admin client. */
    private interface Question<T> {
        T ask(Admin admin) throws InterruptedException, ExecutionException;
    }

    /** Asks the broker through an admin client of its own; when it cannot answer, says what could not be read. */
    private static <T> T ask(String bootstrapServers, String what, Question<T> question) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return question.ask(admin);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
