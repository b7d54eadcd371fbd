package org.peermentor.matching.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.Topics;
import org.peermentor.localstack.EmbeddedKafkaBroker;
import org.peermentor.localstack.EmbeddedMongo;
import org.peermentor.localstack.testing.GroupOffsets;
import org.peermentor.localstack.testing.SharedInfrastructure;
import org.peermentor.localstack.testing.TestIssuer;
import org.peermentor.matching.support.Cohort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Profiles that arrive while MongoDB is away are neither skipped nor dead-lettered: they are applied once it is back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "matching.rounds.default-settle-time=1h")
@DirtiesContext // its broker and store are its own, stopped and started by the test
class StoreOutageTest {

    private static final EmbeddedKafkaBroker kafka = SharedInfrastructure.startKafka();
    private static final EmbeddedMongo mongo = SharedInfrastructure.startMongo();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add(TestIssuer.PUBLIC_KEY_PROPERTY, TestIssuer::publicKeyLocation);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        // the driver gives up on a server that is away after a second instead of 30: each try fails fast
        registry.add("spring.mongodb.uri", () -> mongo.connectionString() + "/matching?serverSelectionTimeoutMS=1000");
    }

    @Test
    void profilesPublishedWhileTheStoreIsAwayAreAppliedOnceItIsBack() {
        try (Cohort cohort = new Cohort(kafka.bootstrapServers())) {
            cohort.publish(cohort.participant("Before", "en", "GRIEF"));
            await().atMost(Duration.ofSeconds(60)).until(() -> waiting(cohort.programId) == 1);

            mongo.stop();
            for (int i = 0; i < 10; i++) {
                cohort.publish(cohort.participant("During" + i, "en", "GRIEF"));
            }
            // while the store is away, tries keep failing and nothing read may be committed as done
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20))
                    .until(() -> GroupOffsets.lag(kafka.bootstrapServers(), "profile-replica",
                            Topics.PARTICIPANT_PROFILES, Topics.MENTOR_PROFILES) == 10);
            mongo.start();

            await().atMost(Duration.ofSeconds(90)).until(() -> waiting(cohort.programId) == 11);
            assertThat(GroupOffsets.records(kafka.bootstrapServers(), Topics.PARTICIPANT_PROFILES + ".DLT")).isZero();
        }
    }

    @SuppressWarnings("unchecked")
    private int waiting(String programId) {
        Map<String, Object> report = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + TestIssuer.manager())
                .responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/programs/{p}/report", programId).exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        return report == null || report.get("waiting") == null ? -1 : ((Number) report.get("waiting")).intValue();
    }
}
