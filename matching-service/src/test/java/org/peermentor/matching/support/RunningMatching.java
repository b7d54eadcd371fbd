package org.peermentor.matching.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.peermentor.contracts.CloudEventHeaders;
import org.peermentor.contracts.EventJson;
import org.peermentor.contracts.MentorProfile;
import org.peermentor.contracts.PairingApproved;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Topics;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The matching service on a random port, fed through the real profile topics, driven over HTTP by a program
 * manager of every program (a token from {@link TestIssuer}). The suite starts far more rounds from one client
 * than a person would, so its rate limits are out of reach here; {@code RateLimitTest} tests them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "matching.rounds.default-settle-time=1h",
            "matching.follow-up.sweep-every=1s",
            "peermentor.rate-limits.limits.writes.burst=1000000",
            "peermentor.rate-limits.limits.writes.per-second=1000000",
            "peermentor.rate-limits.limits.round-starts.burst=1000000",
            "peermentor.rate-limits.limits.round-starts.per-second=1000000",
            "peermentor.rate-limits.limits.mentor-responses.burst=1000000",
            "peermentor.rate-limits.limits.mentor-responses.per-second=1000000"
        })
public abstract class RunningMatching {

    @Value("${local.server.port}")
    int port;

    @Autowired
    protected ReactiveMongoTemplate mongo;

    protected WebTestClient http;
    protected Cohort cohort;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.connect(
                registry::add, SharedInfrastructure.kafka(), SharedInfrastructure.mongo(), "matching");
    }

    @BeforeEach
    void connect() {
        http = client(TestIssuer.manager());
        cohort = new Cohort(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        cohort.close();
    }

    protected int port() {
        return port;
    }

    /** A client sending this bearer token, or none when {@code null}. */
    protected WebTestClient client(String bearerToken) {
        return client(port, bearerToken);
    }

    /** A client of the service on this port sending this bearer token, or none when {@code null}. */
    public static WebTestClient client(int port, String bearerToken) {
        WebTestClient.Builder builder = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30));
        if (bearerToken != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        return builder.build();
    }

    protected String bootstrapServers() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }

    /**
     * Publishes Ana, a participant (Spanish, grief), and Mia, a mentor with one place who fits her, and waits until
     * the replica holds both.
     */
    protected Fitting anaAndMia() {
        ParticipantProfile ana = cohort.publish(cohort.participant("Ana", "es", "GRIEF"));
        MentorProfile mia = cohort.publish(cohort.mentor("Mia", "es", "GRIEF", 1));
        awaitReplica(1, 1);
        return new Fitting(ana, mia);
    }

    /** A participant and a mentor who fit each other, as published. */
    public record Fitting(ParticipantProfile participant, MentorProfile mentor) {}

    /** Waits until the replica holds this many waiting participants and free mentor places. */
    protected void awaitReplica(int waiting, int freePlaces) {
        awaitReplica(cohort.programId, waiting, freePlaces);
    }

    protected void awaitReplica(String programId, int waiting, int freePlaces) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<?, ?> report = http.get()
                    .uri("/api/programs/{p}/report", programId)
                    .exchange()
                    .expectBody(Map.class)
                    .returnResult()
                    .getResponseBody();
            return report != null
                    && ((Number) report.get("waiting")).intValue() == waiting
                    && ((Number) report.get("freeMentorPlaces")).intValue() == freePlaces;
        });
    }

    /** Starts a round and waits for it to finish. */
    protected Map<String, Object> round(String body) {
        return round(cohort.programId, body);
    }

    protected Map<String, Object> round(String programId, String body) {
        var request = http.post().uri("/api/programs/{p}/rounds", programId).contentType(MediaType.APPLICATION_JSON);
        return awaitRound(startedRound(
                body == null ? request.exchange() : request.bodyValue(body).exchange()));
    }

    /** The id of the round a start answered with, asserting the start was accepted (202). */
    public static String startedRound(WebTestClient.ResponseSpec start) {
        Map<?, ?> started = start.expectStatus()
                .isAccepted()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (String) started.get("id");
    }

    protected Map<String, Object> awaitRound(String id) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !"SOLVING".equals(roundById(id).get("status")));
        return roundById(id);
    }

    protected Map<String, Object> roundById(String id) {
        return read("/api/rounds/{id}", id);
    }

    protected List<Map<String, Object>> pairings(String status) {
        return pairings(cohort.programId, status);
    }

    protected List<Map<String, Object>> pairings(String programId, String status) {
        return status == null
                ? readList("/api/pairings?programId={p}", programId)
                : readList("/api/pairings?programId={p}&status={s}", programId, status);
    }

    protected Map<String, Object> pairing(String id) {
        return read("/api/pairings/{id}", id);
    }

    /** Asserts that a manager of another program finds nothing at this URI: a 404 problem. */
    protected void assertNotFoundByAnotherProgram(String uri, Object... vars) {
        client(TestIssuer.managerOf("another-program"))
                .get()
                .uri(uri, vars)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** Asserts that the pairing stands at this status and version. */
    protected void assertPairing(String id, String status, int version) {
        assertThat(pairing(id)).containsEntry("status", status).containsEntry("version", version);
    }

    /** What a GET of this URI answers, a JSON object, asserting it answers 200. */
    protected Map<String, Object> read(String uri, Object... vars) {
        return okObject(http.get().uri(uri, vars).exchange());
    }

    /** The JSON object a call answered, asserting it answered 200. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> okObject(WebTestClient.ResponseSpec call) {
        return call.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** What a GET of this URI answers, a JSON array, asserting it answers 200. */
    protected List<Map<String, Object>> readList(String uri, Object... vars) {
        return readList(http, uri, vars);
    }

    /** What a GET of this URI answers the given client, a JSON array, asserting it answers 200. */
    protected static List<Map<String, Object>> readList(WebTestClient client, String uri, Object... vars) {
        return okList(client.get().uri(uri, vars).exchange());
    }

    /** The JSON array a call answered, asserting it answered 200. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> okList(WebTestClient.ResponseSpec call) {
        return call.expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    /** A JSON array of objects within an answer, such as a round's {@code pairings}. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    /** The first object of such an array. */
    protected static Map<String, Object> first(Object value) {
        return list(value).get(0);
    }

    /** A JSON array of strings within an answer, such as a pairing's {@code explanation}. */
    @SuppressWarnings("unchecked")
    protected static List<String> strings(Object value) {
        return (List<String>) value;
    }

    /** The audit trail of one pairing, oldest first. */
    protected List<Map<String, Object>> trail(String pairingId) {
        return readList("/api/audit?pairingId={id}", pairingId);
    }

    /** A change of the program's settings, as a JSON object, answered as it is. */
    protected WebTestClient.ResponseSpec changeSettings(String programId, String json) {
        return changeSettings(http, programId, json);
    }

    public static WebTestClient.ResponseSpec changeSettings(WebTestClient http, String programId, String json) {
        return sendJson(http.put(), json, "/api/programs/{p}/settings", programId);
    }

    /** A request (a POST or a PUT) to this URI carrying this JSON body, answered as it is. */
    public static WebTestClient.ResponseSpec sendJson(
            WebTestClient.RequestBodyUriSpec request, Object body, String uri, Object... vars) {
        return request.uri(uri, vars)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** A program manager pairs two people by hand; the pairing is APPROVED at once. */
    protected String pairByHand(String participantId, String mentorId) {
        return pairByHand(http, participantId, mentorId);
    }

    /** {@link #pairByHand(String, String)} through this client. */
    @SuppressWarnings("unchecked")
    public static String pairByHand(WebTestClient http, String participantId, String mentorId) {
        return (String)
                sendJson(http.post(), Map.of("participantId", participantId, "mentorId", mentorId), "/api/pairings")
                        .expectStatus()
                        .isCreated()
                        .expectBody(Map.class)
                        .returnResult()
                        .getResponseBody()
                        .get("id");
    }

    protected WebTestClient.ResponseSpec post(String uri, Object... vars) {
        return http.post().uri(uri, vars).exchange();
    }

    /** The latest PairingApproved published for this pairing: what the mentor's email is made from. */
    protected PairingApproved approvedEvent(String pairingId) {
        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            return events
                    .awaitRecords(
                            pairingId,
                            r -> r.stream()
                                    .anyMatch(x ->
                                            "PairingApproved".equals(TopicProbe.header(x, CloudEventHeaders.TYPE))))
                    .stream()
                    .filter(x -> "PairingApproved".equals(TopicProbe.header(x, CloudEventHeaders.TYPE)))
                    .map(RunningMatching::approved)
                    .reduce((first, second) -> second)
                    .orElseThrow();
        }
    }

    /**
     * Every event of this type published for this pairing, oldest first, read to the end of the topic once there are
     * at least {@code atLeast} of them.
     */
    protected <T> List<T> events(String pairingId, Class<T> type, int atLeast) {
        try (TopicProbe events = new TopicProbe(bootstrapServers(), Topics.PAIRING_EVENTS)) {
            events.awaitRecords(
                    pairingId, r -> r.stream().filter(x -> isA(x, type)).count() >= atLeast);
            return events.recordsToEnd().stream()
                    .filter(x -> pairingId.equals(x.key()) && isA(x, type))
                    .map(x -> EventJson.read(x.value(), type))
                    .toList();
        }
    }

    private static boolean isA(ConsumerRecord<String, byte[]> record, Class<?> type) {
        return type.getSimpleName().equals(TopicProbe.header(record, CloudEventHeaders.TYPE));
    }

    /** The token of the accept/decline link in the mentor's email. */
    protected String mentorLink(String pairingId) {
        return approvedEvent(pairingId).mentorResponseToken();
    }

    private static PairingApproved approved(ConsumerRecord<String, byte[]> record) {
        return EventJson.read(record.value(), PairingApproved.class);
    }

    /**
     * A program holding the pairings the given parts ask for, each with people of its own language so no round
     * mixes them up: a PROPOSED pairing from a real round, an APPROVED one (paired by hand) with its mentor's link,
     * an ACCEPTED one, and an unpaired participant and mentor who fit each other.
     */
    @SuppressWarnings("unchecked")
    protected Scene scene(Set<Scene.Part> parts) {
        EnumSet<Scene.Part> wanted = parts.isEmpty() ? EnumSet.noneOf(Scene.Part.class) : EnumSet.copyOf(parts);
        try (Cohort program = new Cohort(bootstrapServers())) {
            Scene scene = new Scene(program.programId);
            int waiting = 0;
            int free = 0;
            if (wanted.contains(Scene.Part.PROPOSED)) {
                program.publish(program.participant("Ana", "es", "ALCOHOL_USE"));
                program.publish(program.mentor("Mia", "es", "ALCOHOL_USE", 1));
                awaitReplica(program.programId, ++waiting, ++free);
                Map<String, Object> round = round(program.programId, null);
                scene.roundId = (String) round.get("id");
                scene.proposedId = (String) ((List<Map<String, Object>>) (List<?>) round.get("pairings"))
                        .get(0)
                        .get("id");
                free--;
            }
            String[] approved = null;
            String[] accepted = null;
            String[] unpaired = null;
            if (wanted.contains(Scene.Part.APPROVED)) {
                approved = publishPair(program, "Bo", "en");
            }
            if (wanted.contains(Scene.Part.ACCEPTED)) {
                accepted = publishPair(program, "Cy", "fr");
            }
            if (wanted.contains(Scene.Part.PEOPLE)) {
                unpaired = publishPair(program, "Dee", "de");
            }
            int pairs = (approved == null ? 0 : 1) + (accepted == null ? 0 : 1) + (unpaired == null ? 0 : 1);
            if (pairs > 0) {
                awaitReplica(program.programId, waiting + pairs, free + pairs);
            }
            if (approved != null) {
                scene.approvedId = pairByHand(approved[0], approved[1]);
                scene.approvedLink = mentorLink(scene.approvedId);
            }
            if (accepted != null) {
                scene.acceptedId = pairByHand(accepted[0], accepted[1]);
                post("/api/pairings/{id}/accept?token={t}", scene.acceptedId, mentorLink(scene.acceptedId))
                        .expectStatus()
                        .isOk();
            }
            if (unpaired != null) {
                scene.participantId = unpaired[0];
                scene.mentorId = unpaired[1];
            }
            return scene;
        }
    }

    private static String[] publishPair(Cohort program, String name, String language) {
        String participant =
                program.publish(program.participant(name, language, "GRIEF")).id();
        String mentor = program.publish(program.mentor(name + "-mentor", language, "GRIEF", 1))
                .id();
        return new String[] {participant, mentor};
    }
}
