package org.peermentor.matching.support;

import org.peermentor.localstack.testing.SharedInfrastructure;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The matching service on a random port, fed through the real profile topics, driven over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"matching.rounds.default-settle-time=1h", "matching.rounds.unimproved-limit=300ms"})
public abstract class RunningMatching {

    @Value("${local.server.port}")
    int port;

    protected WebTestClient http;
    protected Cohort cohort;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().connectionString() + "/matching");
    }

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        cohort = new Cohort(bootstrapServers());
    }

    @AfterEach
    void disconnect() {
        cohort.close();
    }

    protected String bootstrapServers() {
        return SharedInfrastructure.kafka().bootstrapServers();
    }

    /** Waits until the replica holds this many waiting participants and free mentor places. */
    protected void awaitReplica(int waiting, int freePlaces) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<?, ?> report = http.get().uri("/api/programs/{p}/report", cohort.programId).exchange()
                    .expectBody(Map.class).returnResult().getResponseBody();
            return report != null && ((Number) report.get("waiting")).intValue() == waiting
                    && ((Number) report.get("freeMentorPlaces")).intValue() == freePlaces;
        });
    }

    /** Starts a round and waits for it to finish. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> round(String body) {
        var request = http.post().uri("/api/programs/{p}/rounds", cohort.programId).contentType(MediaType.APPLICATION_JSON);
        Map<String, Object> started = (body == null ? request.exchange() : request.bodyValue(body).exchange())
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) started.get("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"SOLVING".equals(roundById(id).get("status")));
        return roundById(id);
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> roundById(String id) {
        return http.get().uri("/api/rounds/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> pairings(String status) {
        return http.get().uri(b -> b.path("/api/pairings").queryParam("programId", cohort.programId)
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(status)).build())
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    protected WebTestClient.ResponseSpec post(String uri, Object... vars) {
        return http.post().uri(uri, vars).exchange();
    }
}
