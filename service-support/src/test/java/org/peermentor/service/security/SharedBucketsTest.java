package org.peermentor.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.fixtures.MovableClock;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Two instances of a service spend from one bucket per client: reaching both does not double a client's limit, and
 * the bucket refills at its rate for both.
 */
class SharedBucketsTest {

    /** Three at once, then one every ten seconds. */
    private static final RateLimit THREE = new RateLimit(3, 0.1);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String address = "mongodb://" + hostAndPort(server);
    private final MongoClient firstClient = MongoClients.create(address);
    private final MongoClient secondClient = MongoClients.create(address);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final SharedBuckets first = new SharedBuckets(new ReactiveMongoTemplate(firstClient, "svc"), clock);
    private final SharedBuckets second = new SharedBuckets(new ReactiveMongoTemplate(secondClient, "svc"), clock);

    @AfterEach
    void stop() {
        firstClient.close();
        secondClient.close();
        server.shutdownNow();
    }

    @Test
    void aClientReachingTwoInstancesGetsItsLimitOnceNotTwice() {
        assertThat(first.take("writes|client:desk", THREE).block()).isZero();
        assertThat(second.take("writes|client:desk", THREE).block()).isZero();
        assertThat(first.take("writes|client:desk", THREE).block()).isZero();

        assertThat(second.take("writes|client:desk", THREE).block()).isEqualTo(10);
        assertThat(first.take("writes|client:desk", THREE).block()).isEqualTo(10);
        assertThat(second.take("writes|client:other", THREE).block())
                .as("another client has its own bucket")
                .isZero();
    }

    @Test
    void theBucketRefillsAtItsRateForEveryInstance() {
        for (int request = 0; request < 3; request++) {
            first.take("writes|client:desk", THREE).block();
        }
        assertThat(second.take("writes|client:desk", THREE).block()).isPositive();

        clock.move(Duration.ofSeconds(10));

        assertThat(second.take("writes|client:desk", THREE).block()).isZero();
        assertThat(first.take("writes|client:desk", THREE).block()).isPositive();
    }

    @Test
    void fullBucketsAreRemovedAndAFullBucketIsTheSameAsNone() {
        first.take("writes|client:desk", THREE).block();
        clock.move(Duration.ofMinutes(1));

        assertThat(second.removeFull().block()).isEqualTo(1);
        for (int request = 0; request < 3; request++) {
            assertThat(second.take("writes|client:desk", THREE).block()).isZero();
        }
    }

    private static String hostAndPort(MongoServer server) {
        var bound = server.bind();
        return bound.getHostString() + ":" + bound.getPort();
    }
}
