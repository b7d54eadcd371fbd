package org.peermentor.matching.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.PairingSuperseded;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.profile.ProfileReplica;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.support.Cohort;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * A person erased in intake leaves nothing in matching that leads back to them: the tombstone on their profile
 * topic removes them from the replica, withdraws their open proposals, and leaves pairings and rounds naming
 * nobody while their counts stay. Nothing of theirs reaches the logs either. Before any erasure, matching keeps no
 * more than it needs: a first name, never a last name, email or phone.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureTest extends RunningMatching {

    /** All the replica keeps of an erased person. */
    private static final Set<String> BARE_TOMBSTONE = Set.of("_id", "version", "erased", "withdrawn");

    @Autowired
    ProfileReplica replica;

    @Test
    void anErasedParticipantLeavesNoTraceAndTheirProposalIsWithdrawn(CapturedOutput logs) {
        Planted ana = Planted.fresh();
        ParticipantProfile participant = cohort.publish(ana.on(cohort.participant("Ana", "es", "OPIOID_USE")));
        cohort.publish(cohort.mentor("Mia", "es", "OPIOID_USE", 1));
        awaitReplica(1, 1);
        RoundView round = round(null);
        String proposal = round.pairings().get(0).id();
        round("{\"dryRun\":true}");

        cohort.erase(participant);

        awaitNoTraces(ProfileReplica.PARTICIPANTS, participant.id());
        assertThat(rawMentions(ana.values())).isEmpty();
        assertThat(pairing(proposal))
                .extracting(PairingView::status, PairingView::participantId)
                .containsExactly(PairingStatus.SUPERSEDED, "erased");
        RoundView after = roundById(round.id());
        assertThat(after.matchedCount()).isEqualTo(1);
        assertThat(after.pairings().get(0).participantId()).isEqualTo("erased");
        awaitReplica(0, 1);
        assertThat(supersededEvent(proposal).pairing().participantId()).isEqualTo(participant.id());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> logs.getAll().contains("Erased PARTICIPANT " + participant.id()));
        assertThat(ana.values()).noneMatch(logs.getAll()::contains);
    }

    @Test
    void anErasedMentorLeavesNoTraceAndTheirParticipantWaitsAgain(CapturedOutput logs) {
        Planted mia = Planted.fresh();
        ParticipantProfile participant = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        MentorProfile mentor = cohort.publish(mia.on(cohort.mentor("Mia", "es", "GRIEF", 1)));
        awaitReplica(1, 1);
        String proposal = round(null).pairings().get(0).id();

        cohort.erase(mentor);

        awaitNoTraces(ProfileReplica.MENTORS, mentor.id());
        assertThat(rawMentions(mia.values())).isEmpty();
        assertThat(pairing(proposal))
                .extracting(PairingView::status, PairingView::mentorId, PairingView::participantId)
                .containsExactly(PairingStatus.SUPERSEDED, "erased", participant.id());
        assertThat(supersededEvent(proposal).pairing().participantStatus()).isEqualTo(ProfileStatus.WAITING);
        awaitReplica(1, 0);
        assertThat(mia.values()).noneMatch(logs.getAll()::contains);
    }

    @Test
    void aManagersReasonOnAPairingOfAnErasedPersonGoesWithThem() {
        Planted ana = Planted.fresh();
        ParticipantProfile participant = cohort.publish(ana.on(cohort.participant("Ana", "es", "GRIEF")));
        cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);
        String proposal = round(null).pairings().get(0).id();
        http.post()
                .uri("/api/pairings/{id}/reject", proposal)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"" + ana.firstName() + " asked for someone older\"}")
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(rawMentions(ana.firstName())).anyMatch(mention -> mention.startsWith("pairings: "));

        cohort.erase(participant);

        awaitNoTraces(ProfileReplica.PARTICIPANTS, participant.id());
        assertThat(rawMentions(ana.values())).isEmpty();
        assertThat(pairing(proposal))
                .extracting(PairingView::status, PairingView::participantId, PairingView::reason)
                .containsExactly(PairingStatus.REJECTED, "erased", null);
    }

    @Test
    void matchingKeepsTheFirstNameButNoLastNameEmailOrPhone() {
        Planted ana = Planted.fresh();
        Planted mia = Planted.fresh();
        ParticipantProfile participant = cohort.publish(ana.on(cohort.participant("Ana", "es", "GRIEF")));
        cohort.publish(mia.on(cohort.mentor("Mia", "es", "GRIEF", 1)));
        awaitReplica(1, 1);
        round(null);
        cohort.publish(Cohort.withContact(
                Cohort.nextVersion(participant), ana.firstName(), ana.lastName(), ana.email(), ana.phone()));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> replicaVersion(participant.id()) == participant.version() + 1);

        assertThat(rawMentions(ana.firstName())).isNotEmpty();
        assertThat(rawMentions(mia.firstName())).isNotEmpty();
        assertThat(rawMentions(ana.lastName(), ana.email(), ana.phone(), mia.lastName(), mia.email(), mia.phone()))
                .isEmpty();
    }

    @Test
    void contactDetailsAnEarlierVersionKeptInTheReplicaAreDroppedAtStart() {
        Planted old = Planted.fresh();
        String id = "p-old-" + UUID.randomUUID();
        mongo.insert(
                        new Document("_id", id)
                                .append("programId", cohort.programId)
                                .append("version", 1L)
                                .append("withdrawn", false)
                                .append(
                                        "profile",
                                        new Document("id", id)
                                                .append("firstName", old.firstName())
                                                .append("lastName", old.lastName())
                                                .append("email", old.email())
                                                .append("phone", old.phone())),
                        ProfileReplica.PARTICIPANTS)
                .block();

        assertThat(replica.dropContactDetails().block()).isEqualTo(1);
        assertThat(rawMentions(old.lastName(), old.email(), old.phone())).isEmpty();
        assertThat(rawMentions(old.firstName())).hasSize(1);
        assertThat(replica.dropContactDetails().block()).isZero();
    }

    @Test
    void aReplayedTombstoneOrOneForSomebodyUnknownChangesNothingAndIsNotDeadLettered() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        awaitReplica(1, 0);
        cohort.erase(ana);
        awaitReplica(0, 0);
        ParticipantProfile unknown = cohort.participant("Bo", "es", "GRIEF");

        cohort.erase(ana);
        cohort.publish(ana); // an older event replayed after the tombstone brings nobody back
        cohort.erase(unknown);
        awaitConsumed(Topics.PARTICIPANT_PROFILES);

        assertThat(tracesOf(ProfileReplica.PARTICIPANTS, ana.id())).isEmpty();
        assertThat(tracesOf(ProfileReplica.PARTICIPANTS, unknown.id())).isEmpty();
        awaitReplica(0, 0);
        assertThat(deadLetters(Topics.PARTICIPANT_PROFILES)).doesNotContain(ana.id(), unknown.id());
    }

    /** Unique values in every contact field, to look for afterwards. */
    record Planted(String firstName, String lastName, String email, String phone) {

        static Planted fresh() {
            String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return new Planted(
                    "Firstcanary" + tag,
                    "Lastcanary" + tag,
                    "canary." + tag + "@example.org",
                    "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999)));
        }

        ParticipantProfile on(ParticipantProfile p) {
            return Cohort.withContact(p, firstName, lastName, email, phone);
        }

        MentorProfile on(MentorProfile m) {
            return Cohort.withContact(m, firstName, lastName, email, phone);
        }

        String[] values() {
            return new String[] {firstName, lastName, email, phone};
        }
    }

    /** Waits until the replica's collection holds nothing of this person. */
    private void awaitNoTraces(String replicaCollection, String personId) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(tracesOf(replicaCollection, personId)).isEmpty());
    }

    /**
     * Every document naming this person, except the replica's bare record of their erasure (the id, a version no
     * event can beat and the two flags, so older events cannot bring them back). A record of their erasure holding
     * anything more is a trace too: a pairing move may count on it for a moment before making it bare again.
     */
    private List<String> tracesOf(String replicaCollection, String personId) {
        Document replica =
                mongo.findById(personId, Document.class, replicaCollection).block();
        boolean bare = replica != null && BARE_TOMBSTONE.containsAll(replica.keySet());
        return rawMentions(personId).stream()
                .filter(mention -> !(bare && mention.equals(replicaCollection + ": " + replica.toJson())))
                .toList();
    }

    /** Waits until matching's replica listener (its group is its listener id) has committed all of the topic. */
    private void awaitConsumed(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
                KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                var committed = admin.listConsumerGroupOffsets("profile-replica")
                        .partitionsToOffsetAndMetadata()
                        .get();
                return partitions.stream()
                        .allMatch(p -> ends.get(p) == 0
                                || committed.get(p) != null && committed.get(p).offset() >= ends.get(p));
            });
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    /** The version of the participant the replica holds, or -1 while it holds none. */
    private long replicaVersion(String participantId) {
        Document stored = mongo.findById(participantId, Document.class, ProfileReplica.PARTICIPANTS)
                .block();
        return stored == null ? -1 : stored.get("version", Number.class).longValue();
    }

    /** Every document of every collection of matching's database that contains one of these values. */
    private List<String> rawMentions(String... values) {
        return mongo.getCollectionNames()
                .concatMap(collection ->
                        mongo.findAll(Document.class, collection).map(d -> collection + ": " + d.toJson()))
                .filter(json -> Stream.of(values).anyMatch(json::contains))
                .collectList()
                .block();
    }

    private PairingSuperseded supersededEvent(String pairingId) {
        return events(pairingId, PairingSuperseded.class, 1).get(0);
    }

    /** The keys on the topic's dead-letter topic, read to its end; none when it was never created. */
    private Set<String> deadLetters(String topic) {
        String dlt = topic + ".DLT";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(dlt)) {
                return Set.of();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return TopicProbe.keysToEnd(bootstrapServers(), dlt);
    }
}
