package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.Answers;
import org.peermentor.intake.support.RunningIntake;
import org.peermentor.testkit.TestIssuer;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client past its write limit is told to wait, and nothing it sent meanwhile is stored. */
@TestPropertySource(
        properties = {
            "peermentor.rate-limits.limits.writes.burst=3",
            "peermentor.rate-limits.limits.writes.per-second=0.01"
        })
class RateLimitTest extends RunningIntake {

    @Test
    void aClientPastItsLimitGets429WithRetryAfterAndNothingIsStored() {
        String program = newProgram();
        WebTestClient script = as(TestIssuer.token("runaway-script", List.of("INTAKE"), null));
        for (int i = 0; i < 3; i++) {
            post(script, "/api/participants", participantIn(program))
                    .expectStatus()
                    .isCreated();
        }

        post(script, "/api/participants", participantIn(program))
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value("Retry-After", after -> assertThat(Long.parseLong(after)).isPositive())
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(429)
                .jsonPath("$.detail")
                .isNotEmpty();

        // reads are not limited, and the list shows only the three stored before the limit
        assertThat(Answers.listedIds(script, "/api/participants?programId=" + program))
                .hasSize(3);
        // another client keeps its own allowance
        post(as(TestIssuer.token("front-desk", List.of("INTAKE"), null)), "/api/participants", participantIn(program))
                .expectStatus()
                .isCreated();
    }
}
