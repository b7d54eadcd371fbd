package org.peermentor.intake.support;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.peermentor.testkit.SharedInfrastructure;
import org.peermentor.testkit.TestIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The intake service running on a random port against the shared real Kafka broker and MongoDB wire-protocol
 * server, driven over HTTP as intake staff would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningIntake {

    // WebTestClient's default of 5 s is too short on a busy two-core machine, where a request now and then waits longer
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Value("${local.server.port}")
    int port;

    @Autowired
    protected ReactiveMongoTemplate mongo;

    protected WebTestClient http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.PUBLIC_KEY_PROPERTY, TestIssuer::publicKeyLocation);
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().connectionString() + "/intake");
    }

    /**
     * A client opening a connection per request. In two full runs one request (a different one each time) waited
     * 30 s for an answer that never came, both times on a connection from Reactor Netty's shared pool, which every
     * client and every service context of this test JVM share; it never happened in isolation. Suspected, not
     * proven: a pooled connection handed out as its server let it go. A connection per request avoids the pool.
     */
    public static WebTestClient.Builder client(int port) {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(PATIENCE);
    }

    /** A client of the service on this port holding the given token. */
    public static WebTestClient clientAs(int port, String token) {
        return client(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    @BeforeEach
    protected void connect() {
        http = clientAs(port, TestIssuer.intake());
    }

    protected int port() {
        return port;
    }

    /** A client of this service holding the given token. */
    protected WebTestClient as(String token) {
        return clientAs(port, token);
    }

    protected WebTestClient.ResponseSpec post(String path, Object body) {
        return post(http, path, body);
    }

    public static WebTestClient.ResponseSpec post(WebTestClient client, String path, Object body) {
        return client.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Bodies.json(body))
                .exchange();
    }

    /** A registration carrying an {@code Idempotency-Key}, as a client that may retry sends it. */
    protected static WebTestClient.ResponseSpec postWithKey(WebTestClient client, Object body, String key) {
        return client.post()
                .uri("/api/participants")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.toString())
                .exchange();
    }

    /** Registers through intake staff's client; the new record's id. */
    protected String register(String path, Object body) {
        return register(http, path, body);
    }

    /** Registers through the given client; the new record's id. */
    public static String register(WebTestClient client, String path, Object body) {
        return Answers.createdId(post(client, path, body));
    }

    /** The ids a list answers intake staff with, in its order. */
    protected List<String> ids(String uri) {
        return Answers.listedIds(http, uri);
    }

    /** Registers a participant of the program through intake staff's client; their id. */
    protected String registerParticipant(String program) {
        return register("/api/participants", Bodies.participantIn(program));
    }

    /** The ids of the program's participants as intake staff list them, in their order. */
    protected List<String> participantIds(String program) {
        return ids("/api/participants?programId=" + program);
    }

    /** Likewise, with more of the query, e.g. {@code status=WAITING} or {@code size=1&page=0}. */
    protected List<String> participantIds(String program, String query) {
        return participantIds(program + "&" + query);
    }

    protected long count(String collection) {
        return mongo.getCollection(collection)
                .flatMap(c -> Mono.from(c.countDocuments()))
                .block();
    }

    protected String bootstrapServers() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }
}
