package org.peermentor.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peermentor.matching.round.RoundView;
import org.peermentor.matching.support.RunningMatching;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Abuse limits, made small here: round starts per client, the mentor's link per address. Past the limit the
 * answer is 429 with problem details and Retry-After, and nothing is done. This service instance has a database
 * of its own and no Kafka listeners, so it leaves the other tests' instance alone.
 */
@DirtiesContext
class RateLimitTest extends RunningMatching {

    @DynamicPropertySource
    static void smallLimits(DynamicPropertyRegistry registry) {
        registry.add("peermentor.rate-limits.limits.round-starts.burst", () -> "2");
        registry.add("peermentor.rate-limits.limits.round-starts.per-second", () -> "0.01");
        registry.add("peermentor.rate-limits.limits.mentor-responses.burst", () -> "3");
        registry.add("peermentor.rate-limits.limits.mentor-responses.per-second", () -> "0.01");
        registry.add("spring.mongodb.database", () -> "matching-rate-limits");
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    @Test
    void aClientPastItsRoundStartsIsToldToWaitAndNoRoundStarts() {
        WebTestClient eager = client(TestIssuer.token("eager-" + UUID.randomUUID(), List.of("PROGRAM_MANAGER"), null));
        String first = program();
        String second = program();
        String third = program();
        startRound(eager, first).expectStatus().isAccepted();
        startRound(eager, second).expectStatus().isAccepted();

        startRound(eager, third)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value(
                        HttpHeaders.RETRY_AFTER,
                        wait -> assertThat(Long.parseLong(wait)).isPositive())
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(429)
                .jsonPath("$.detail")
                .isNotEmpty();

        assertThat(roundsOf(third)).isEmpty();
        startRound(client(TestIssuer.token("calm-" + UUID.randomUUID(), List.of("PROGRAM_MANAGER"), null)), third)
                .expectStatus()
                .isAccepted();
        List.of(first, second, third)
                .forEach(program -> awaitRound(roundsOf(program).get(0).id()));
    }

    @Test
    void theMentorsLinkIsLimitedPerAddressWhateverTokenComesWithIt() {
        String page = "/api/pairings/" + UUID.randomUUID() + "/response?token=not-a-link";
        for (int i = 0; i < 3; i++) {
            client(null).get().uri(page).exchange().expectStatus().isForbidden();
        }

        client(TestIssuer.manager())
                .get()
                .uri(page)
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists(HttpHeaders.RETRY_AFTER)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client(null)
                .post()
                .uri("/api/pairings/" + UUID.randomUUID() + "/accept?token=not-a-link")
                .exchange()
                .expectStatus()
                .isEqualTo(429);
    }

    private static String program() {
        return "limits-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static WebTestClient.ResponseSpec startRound(WebTestClient client, String programId) {
        return client.post().uri("/api/programs/{p}/rounds", programId).exchange();
    }

    private List<RoundView> roundsOf(String programId) {
        return readList(RoundView.class, "/api/programs/{p}/rounds", programId);
    }
}
