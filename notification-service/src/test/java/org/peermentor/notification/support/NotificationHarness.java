package org.peermentor.notification.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.peermentor.contracts.PairingEvent;
import org.peermentor.contracts.ProfileEvent;
import org.peermentor.contracts.Topics;
import org.peermentor.devinbox.InboxMessage;
import org.peermentor.embedded.EmbeddedMail;
import org.peermentor.notification.contact.Role;
import org.peermentor.testkit.TestIssuer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The notification service seen from outside, as the other services and people see it: events go in on Kafka,
 * emails come out of SMTP, and the delivery log answers over HTTP. Where it runs is the subclass's business: in a
 * Spring test context, the harness reads the service's port and broker from it.
 */
public abstract class NotificationHarness {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ParameterizedTypeReference<List<DeliveryLogLine>> LOG = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LOG_AS_JSON =
            new ParameterizedTypeReference<>() {};

    private EventPublisher publisher;

    @Value("${spring.kafka.bootstrap-servers:}")
    private String bootstrapServers;

    @LocalServerPort
    private int port;

    /** The broker the service reads: the Spring test context's, unless a subclass starts the service itself. */
    protected String bootstrapServers() {
        return bootstrapServers;
    }

    protected abstract EmbeddedMail mail();

    /** The service's HTTP port: the Spring test context's, unless a subclass starts the service itself. */
    protected int port() {
        return port;
    }

    public RecordMetadata publish(ProfileEvent event) {
        return publisher().publish(event);
    }

    public RecordMetadata publish(PairingEvent event) {
        return publisher().publish(event);
    }

    public EventPublisher publisher() {
        if (publisher == null) {
            publisher = new EventPublisher(bootstrapServers());
        }
        return publisher;
    }

    /** Publishes the person's tombstone, as intake does on erasure: their id as key, and no value. */
    public RecordMetadata erase(Person person) {
        boolean mentor = person.role() == Role.MENTOR;
        return publisher()
                .publish(
                        mentor ? Topics.MENTOR_PROFILES : Topics.PARTICIPANT_PROFILES,
                        person.id(),
                        EventPublisher.headers(
                                "e-" + UUID.randomUUID(),
                                mentor ? Topics.MENTOR_ERASED : Topics.PARTICIPANT_ERASED,
                                "/intake-service",
                                Instant.now(),
                                person.id()),
                        null);
    }

    /** Publishes each person's profile, as intake does on registration. */
    public void register(Person... people) {
        for (Person person : people) {
            publish(person.changed());
        }
    }

    /** Registers both people, then pairs them. */
    public PairingFixture registered(Person participant, Person mentor) {
        register(participant, mentor);
        return PairingFixture.of(participant, mentor);
    }

    public List<InboxMessage> emailsTo(String address) {
        return mail().messages().stream()
                .filter(message ->
                        message.to().stream().anyMatch(to -> to.address().equalsIgnoreCase(address)))
                .toList();
    }

    public List<InboxMessage> awaitEmailsTo(String address, int count) {
        await().atMost(PATIENCE).until(() -> emailsTo(address).size() >= count);
        return emailsTo(address);
    }

    /** A client of a program manager of every program, as the delivery log's users are. */
    public WebTestClient http() {
        return http(TestIssuer.manager());
    }

    /** A client sending this bearer token; {@code null}: no token at all. */
    public WebTestClient http(String token) {
        WebTestClient.Builder client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port())
                .responseTimeout(Duration.ofSeconds(30));
        if (token != null) {
            client.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return client.build();
    }

    /** One query parameter, encoded as a browser would ({@code +} in an address must not become a space). */
    public static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Waits until the service's consumer group has committed past the record: the service has handled it,
     * whatever it decided. Events on different topics are read independently, so a story that needs one handled
     * before the next is published waits here.
     */
    public void awaitConsumed(String groupId, RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await().atMost(PATIENCE).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    /** {@code GET /api/notifications?<query>}. */
    public List<DeliveryLogLine> deliveryLog(String query) {
        return deliveryLog(query, LOG);
    }

    /** {@code GET /api/notifications?<query>}, every key of every line as it came: for tests of the JSON shape. */
    public List<Map<String, Object>> deliveryLogAsJson(String query) {
        return deliveryLog(query, LOG_AS_JSON);
    }

    private <T> List<T> deliveryLog(String query, ParameterizedTypeReference<List<T>> lines) {
        // a URI as it stands: the query is already encoded, and must not be encoded twice
        return http().get()
                .uri(URI.create("http://localhost:" + port() + "/api/notifications?" + query))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(lines)
                .returnResult()
                .getResponseBody();
    }

    public List<DeliveryLogLine> awaitDeliveryLog(String query, Predicate<List<DeliveryLogLine>> done) {
        await().atMost(PATIENCE).until(() -> done.test(deliveryLog(query)));
        return deliveryLog(query);
    }

    /** The log of one pairing once it holds {@code count} entries, all with this status. */
    public List<DeliveryLogLine> awaitPairingLog(String pairingId, int count, String status) {
        return awaitDeliveryLog(
                "pairingId=" + pairingId,
                entries ->
                        entries.size() == count && entries.stream().allMatch(entry -> status.equals(entry.status())));
    }

    @AfterEach
    protected void closePublisher() {
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }
}
