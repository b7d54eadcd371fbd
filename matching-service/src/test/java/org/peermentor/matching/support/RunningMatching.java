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
import org.peermentor.contracts.PairingStatus;
import org.peermentor.contracts.ParticipantProfile;
import org.peermentor.contracts.Topics;
import org.peermentor.matching.audit.AuditEntry;
import org.peermentor.matching.pairing.PairingView;
import org.peermentor.matching.report.SupplyReport;
import org.peermentor.matching.round.RoundStatus;
import org.peermentor.matching.round.RoundView;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.peermentor.testkit.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
        awaitReplica(http, programId, waiting, freePlaces);
    }

    /** Waits until the replica of the service this client calls holds so many waiting and free places. */
    public static void awaitReplica(WebTestClient http, String programId, int waiting, int freePlaces) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            SupplyReport report = report(http, programId);
            return report.waiting() == waiting && report.freeMentorPlaces() == freePlaces;
        });
    }

    /** The program's supply report, asserting it answers 200. */
    public static SupplyReport report(WebTestClient http, String programId) {
        return ok(
                SupplyReport.class,
                http.get().uri("/api/programs/{p}/report", programId).exchange());
    }

    /** Starts a round and waits for it to finish. */
    protected RoundView round(String body) {
        return round(cohort.programId, body);
    }

    protected RoundView round(String programId, String body) {
        var request = http.post().uri("/api/programs/{p}/rounds", programId).contentType(MediaType.APPLICATION_JSON);
        return awaitRound(startedRound(
                body == null ? request.exchange() : request.bodyValue(body).exchange()));
    }

    /** The id of the round a start answered with, asserting the start was accepted (202). */
    public static String startedRound(WebTestClient.ResponseSpec start) {
        return answer(HttpStatus.ACCEPTED, RoundAccepted.class, start).id();
    }

    protected RoundView awaitRound(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> roundById(id).status() != RoundStatus.SOLVING);
        return roundById(id);
    }

    protected RoundView roundById(String id) {
        return read(RoundView.class, "/api/rounds/{id}", id);
    }

    /** The program's pairings at this status, or all of them when {@code null}. */
    protected List<PairingView> pairings(PairingStatus status) {
        return pairings(cohort.programId, status);
    }

    protected List<PairingView> pairings(String programId, PairingStatus status) {
        return status == null
                ? readList(PairingView.class, "/api/pairings?programId={p}", programId)
                : readList(PairingView.class, "/api/pairings?programId={p}&status={s}", programId, status);
    }

    protected PairingView pairing(String id) {
        return read(PairingView.class, "/api/pairings/{id}", id);
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
    protected void assertPairing(String id, PairingStatus status, long version) {
        PairingView pairing = pairing(id);
        assertThat(pairing.status()).isEqualTo(status);
        assertThat(pairing.version()).isEqualTo(version);
    }

    /** What a GET of this URI answers, read as this type, asserting it answers 200. */
    protected <T> T read(Class<T> type, String uri, Object... vars) {
        return ok(type, http.get().uri(uri, vars).exchange());
    }

    /** What a call answered, read as this type, asserting it answered 200. */
    protected static <T> T ok(Class<T> type, WebTestClient.ResponseSpec call) {
        return answer(HttpStatus.OK, type, call);
    }

    /** What a call answered, read as this type, asserting it answered with this status. */
    protected static <T> T answer(HttpStatus status, Class<T> type, WebTestClient.ResponseSpec call) {
        return call.expectStatus()
                .isEqualTo(status)
                .expectBody(type)
                .returnResult()
                .getResponseBody();
    }

    /** What a GET of this URI answers, a JSON array read as a list of this type, asserting it answers 200. */
    protected <T> List<T> readList(Class<T> type, String uri, Object... vars) {
        return readList(http, type, uri, vars);
    }

    /** What a GET of this URI answers the given client, read as a list of this type, asserting it answers 200. */
    protected static <T> List<T> readList(WebTestClient client, Class<T> type, String uri, Object... vars) {
        return okList(type, client.get().uri(uri, vars).exchange());
    }

    /** The JSON array a call answered, read as a list of this type, asserting it answered 200. */
    protected static <T> List<T> okList(Class<T> type, WebTestClient.ResponseSpec call) {
        return call.expectStatus().isOk().expectBodyList(type).returnResult().getResponseBody();
    }

    /** What a GET of this URI answers, the JSON object as it is, for a test of its shape; asserting it answers 200. */
    protected Map<String, Object> read(String uri, Object... vars) {
        return okObject(http.get().uri(uri, vars).exchange());
    }

    /** The JSON object a call answered as it is, for a test of its shape; asserting it answered 200. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> okObject(WebTestClient.ResponseSpec call) {
        return call.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The audit trail of one pairing, oldest first. */
    protected List<AuditEntry> trail(String pairingId) {
        return readList(AuditEntry.class, "/api/audit?pairingId={id}", pairingId);
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
    public static String pairByHand(WebTestClient http, String participantId, String mentorId) {
        WebTestClient.ResponseSpec created =
                sendJson(http.post(), Map.of("participantId", participantId, "mentorId", mentorId), "/api/pairings");
        return answer(HttpStatus.CREATED, PairingView.class, created).id();
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
                RoundView round = round(program.programId, null);
                scene.roundId = round.id();
                scene.proposedId = round.pairings().get(0).id();
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
