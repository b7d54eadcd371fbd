package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Bodies.json;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;
import static org.peermentor.intake.support.Bodies.with;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ObjectNode;

/**
 * A participant who leaves is erased: intake keeps no personal value of theirs, publishes a tombstone, and the
 * compacted topic drops their earlier records once later traffic closes the segment holding the tombstone.
 */
class ErasureTest extends RunningIntake {

    @Test
    void anErasedParticipantLeavesNoPersonalValueInTheStoreOrOnTheTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
                AutoCloseable compacting = compactingWithinTheTest(admin)) {
            erasedAndCompactedAway();
        }
    }

    private void erasedAndCompactedAway() throws Exception {
        String planted = UUID.randomUUID().toString().substring(0, 8);
        String firstName = "Zofia" + planted;
        String lastName = "Erasable" + planted;
        String email = "erase-" + planted + "@example.org";
        String phone = "+1555" + Math.abs(planted.hashCode() % 1_000_000);
        String program = newProgram();
        ObjectNode person = with(participantIn(program), b -> {
            b.put("firstName", firstName);
            b.put("lastName", lastName);
            b.put("email", email);
            b.put("phone", phone);
        });
        String id = register("/api/participants", person);
        http.put()
                .uri("/api/participants/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(with(person, b -> b.put("region", "chicago-south"))))
                .exchange()
                .expectStatus()
                .isOk();

        try (TopicProbe probe = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            // (compaction may already have dropped version 1: only the latest record per person is kept)
            probe.awaitRecords(
                    id,
                    records -> records.stream()
                            .anyMatch(r -> r.value() != null
                                    && new String(r.value(), StandardCharsets.UTF_8).contains("chicago-south")));

            http.delete()
                    .uri("/api/participants/{id}?erase=true", id)
                    .exchange()
                    .expectStatus()
                    .isNoContent();

            List<ConsumerRecord<String, byte[]>> records =
                    probe.awaitRecords(id, r -> r.get(r.size() - 1).value() == null);
            ConsumerRecord<String, byte[]> tombstone = records.get(records.size() - 1);
            assertThat(TopicProbe.header(tombstone, CloudEventHeaders.TYPE)).isEqualTo(Topics.PARTICIPANT_ERASED);
        }

        http.get().uri("/api/participants/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(participantIds(program)).isEmpty();
        List<String> planteds = List.of(firstName, lastName, email, phone);
        String stored = everyDocument("participants") + everyDocument("audit");
        assertThat(planteds).noneMatch(stored::contains);
        assertThat(stored).contains(id); // the anonymous remains: id, program, when erased

        // Later registrations roll the segment holding the tombstone; then compaction drops what came before it.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    registerParticipant(program);
                    String topic = everyValue(bootstrapServers(), Topics.PARTICIPANT_PROFILES);
                    assertThat(planteds).noneMatch(topic::contains);
                });
    }

    /**
     * The profile topic's segments roll, and its compaction runs, within the test, instead of after the hour intake
     * sets by default or once half of the shared broker's topic is superseded; closed, its settings are put back as
     * they were, for the tests after it.
     */
    private static AutoCloseable compactingWithinTheTest(Admin admin) throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PARTICIPANT_PROFILES);
        Config before = admin.describeConfigs(List.of(topic)).all().get().get(topic);
        assertThat(before.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        Map<String, String> withinTheTest = Map.of(
                TopicConfig.SEGMENT_MS_CONFIG, "300",
                TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, "1000");
        List<AlterConfigOp> set = new ArrayList<>();
        List<AlterConfigOp> putBack = new ArrayList<>();
        withinTheTest.forEach((name, value) -> {
            set.add(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET));
            ConfigEntry was = before.get(name);
            putBack.add(
                    was.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG
                            ? new AlterConfigOp(was, AlterConfigOp.OpType.SET)
                            : new AlterConfigOp(new ConfigEntry(name, ""), AlterConfigOp.OpType.DELETE));
        });
        admin.incrementalAlterConfigs(Map.of(topic, set)).all().get();
        return () -> admin.incrementalAlterConfigs(Map.of(topic, putBack)).all().get();
    }

    @Test
    void erasingSomeoneOfAnotherProgramOrTwiceIsNotFoundAndChangesNothing() {
        String program = newProgram();
        String id = registerParticipant(program);

        as(TestIssuer.intakeOf(newProgram()))
                .delete()
                .uri("/api/participants/{id}?erase=true", id)
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get().uri("/api/participants/{id}", id).exchange().expectStatus().isOk();

        http.delete()
                .uri("/api/participants/{id}?erase=true", id)
                .exchange()
                .expectStatus()
                .isNoContent();
        http.delete()
                .uri("/api/participants/{id}?erase=true", id)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private String everyDocument(String collection) {
        StringBuilder all = new StringBuilder();
        mongo.findAll(Document.class, collection)
                .doOnNext(d -> all.append(d.toJson()))
                .blockLast();
        return all.toString();
    }

    /** Every value on the topic from its beginning to its current end, as text. */
    private static String everyValue(String bootstrapServers, String topic) {
        try (TopicProbe probe = new TopicProbe(bootstrapServers, topic)) {
            StringBuilder values = new StringBuilder();
            for (ConsumerRecord<String, byte[]> record : probe.recordsToEnd()) {
                if (record.value() != null) {
                    values.append(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
            return values.toString();
        }
    }
}
