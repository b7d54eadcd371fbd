package org.peermentor.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.peermentor.intake.support.Bodies.mentorIn;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.ParticipantProfileChanged;
import org.peermentor.contracts.ParticipantWithdrawn;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.ProfileStatus;
import org.peermentor.contracts.Topics;
import org.peermentor.intake.support.Bodies;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every consumer of the profile topics relies on, checked against a real broker and a real store:
 * each accepted change is published exactly once, keyed by the profile id, with CloudEvents headers, in
 * version order, and a broker outage delays events without losing or doubling any.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class ProfilePublishingContract {

    @Value("${local.server.port}")
    int port;

    WebTestClient http;

    abstract String bootstrapServers();

    abstract void stopBroker();

    abstract void startBroker();

    @BeforeEach
    void connect() {
        http = RunningIntake.client(port)
                .defaultHeader("Authorization", "Bearer " + TestIssuer.intake())
                .build();
    }

    @Test
    void registeringAParticipantPublishesExactlyOneEventWithKeyHeadersAndProfile() {
        Document registered = register("/api/participants", participantIn(newProgram()));
        String id = registered.getString("id");

        try (TopicProbe topic = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(id, found -> !found.isEmpty());
            awaitQuiet(topic, id, 1);
            ConsumerRecord<String, byte[]> record = records.get(0);

            assertThat(record.key()).isEqualTo(id);
            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("ParticipantProfileChanged");
            assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION))
                    .isEqualTo("1.0");
            assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/intake-service");
            assertThat(TopicProbe.header(record, CloudEventHeaders.SCHEMA_VERSION))
                    .isEqualTo(EventJson.SCHEMA_VERSION);
            assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
            ParticipantProfileChanged event = (ParticipantProfileChanged) read(record);
            assertThat(event.eventId()).isEqualTo(TopicProbe.header(record, CloudEventHeaders.ID));
            assertThat(event.participantId()).isEqualTo(id);
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.profile().firstName()).isEqualTo("Ana");
            assertThat(event.profile().email()).isEqualTo(registered.getString("email"));
            assertThat(event.profile().status()).isEqualTo(ProfileStatus.WAITING);
        }
    }

    @Test
    void registeringAMentorPublishesOnTheMentorTopic() {
        String id = register("/api/mentors", mentorIn(newProgram())).getString("id");

        try (TopicProbe topic = new TopicProbe(bootstrapServers(), Topics.MENTOR_PROFILES)) {
            ConsumerRecord<String, byte[]> record =
                    topic.awaitRecords(id, found -> !found.isEmpty()).get(0);

            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("MentorProfileChanged");
            assertThat(read(record).version()).isEqualTo(1);
        }
    }

    @Test
    void anUpdatePublishesTheNextVersionAfterThePreviousOne() {
        var body = participantIn(newProgram());
        String id = register("/api/participants", body).getString("id");
        body.put("firstName", "Anabel");

        http.put()
                .uri("/api/participants/{id}", id)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.toString())
                .exchange()
                .expectStatus()
                .isOk();

        try (TopicProbe topic = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(id, found -> found.size() >= 2);
            List<ProfileEvent> events =
                    records.stream().map(ProfilePublishingContract::read).toList();

            assertThat(events).extracting(ProfileEvent::version).containsExactly(1L, 2L);
            assertThat(((ParticipantProfileChanged) events.get(1)).profile().firstName())
                    .isEqualTo("Anabel");
            assertThat(events).extracting(ProfileEvent::eventId).doesNotHaveDuplicates();
        }
    }

    @Test
    void withdrawingPublishesAWithdrawalCarryingTheLastProfile() {
        String id = register("/api/participants", participantIn(newProgram())).getString("id");

        http.delete()
                .uri("/api/participants/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();

        try (TopicProbe topic = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(id, found -> found.size() >= 2);

            assertThat(TopicProbe.header(records.get(1), CloudEventHeaders.TYPE))
                    .isEqualTo("ParticipantWithdrawn");
            ParticipantProfile last = ((ParticipantWithdrawn) read(records.get(1))).profile();
            assertThat(last.status()).isEqualTo(ProfileStatus.WITHDRAWN);
            assertThat(last.version()).isEqualTo(2);
        }
    }

    @Test
    void registrationsWhileTheBrokerIsDownArePublishedOnceItIsBackNoneLostNoneTwice() {
        String program = newProgram();
        List<String> ids = new ArrayList<>();
        stopBroker();
        try {
            for (int i = 0; i < 25; i++) {
                ids.add(register("/api/participants", participantIn(program)).getString("id"));
            }
        } finally {
            startBroker();
        }

        try (TopicProbe topic = new TopicProbe(bootstrapServers(), Topics.PARTICIPANT_PROFILES)) {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> topic.records().stream()
                            .map(ConsumerRecord::key)
                            .collect(Collectors.toSet())
                            .containsAll(ids));
            Map<String, Long> eventsPerParticipant = topic.records().stream()
                    .filter(record -> ids.contains(record.key()))
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));

            assertThat(eventsPerParticipant)
                    .hasSize(ids.size())
                    .allSatisfy((id, count) -> assertThat(count).isOne());
        }
    }

    private Document register(String path, Object body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Bodies.json(body))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody();
    }

    /** Gives a duplicate the chance to show up: the next profile's event arrives after it would have. */
    private void awaitQuiet(TopicProbe topic, String id, int expected) {
        String later =
                register("/api/participants", participantIn(newProgram())).getString("id");
        topic.awaitRecords(later, found -> !found.isEmpty());
        assertThat(topic.recordsWithKey(id)).hasSize(expected);
    }

    static ProfileEvent read(ConsumerRecord<String, byte[]> record) {
        return EventJson.readProfileEvent(TopicProbe.header(record, CloudEventHeaders.TYPE), record.value());
    }
}
