package org.peermentor.intake.support;

import java.time.Duration;
import org.bson.Document;
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

    @BeforeEach
    protected void connect() {
        http = client(port)
                .defaultHeader("Authorization", "Bearer " + TestIssuer.intake())
                .build();
    }

    protected int port() {
        return port;
    }

    /** A client of this service holding the given token. */
    protected WebTestClient as(String token) {
        return client(port).defaultHeader("Authorization", "Bearer " + token).build();
    }

    protected WebTestClient.ResponseSpec post(String path, Object body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Bodies.json(body))
                .exchange();
    }

    protected String register(String path, Object body) {
        return post(path, body)
                .expectStatus()
                .isCreated()
                .expectBody(Document.class)
                .returnResult()
                .getResponseBody()
                .getString("id");
    }

    protected long count(String collection) {
        return mongo.getCollection(collection)
                .flatMap(c -> reactor.core.publisher.Mono.from(c.countDocuments()))
                .block();
    }

    protected String bootstrapServers() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }
}
