package org.peermentor.intake.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermentor.intake.support.Bodies.json;
import static org.peermentor.intake.support.Bodies.newProgram;
import static org.peermentor.intake.support.Bodies.participantIn;

import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.peermentor.testkit.TestIssuer;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * The same limit as {@link RateLimitTest}, counted in the store, as when intake runs as several instances (the local
 * stack and docker-compose count it so): the client is still told to wait after its third write, nothing it sent
 * past its limit is stored, and its bucket is in the store for every instance to spend from.
 */
@TestPropertySource(properties = "peermentor.rate-limits.shared=true")
class SharedRateLimitTest extends RateLimitTest {

    @Test
    void aClientsBucketIsKeptInTheStore() {
        as(TestIssuer.token("bucket-in-store", List.of("INTAKE"), null))
                .post()
                .uri("/api/participants")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(participantIn(newProgram())))
                .exchange()
                .expectStatus()
                .isCreated();

        Query bucket = Query.query(Criteria.where("_id").regex("^" + Pattern.quote("writes|client:bucket-in-store|")));
        assertThat(mongo.count(bucket, Document.class, "rate_limits").block()).isEqualTo(1);
    }
}
