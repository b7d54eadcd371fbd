package org.peermentor.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/** While the store is away a client is told to come back (503, Retry-After), however the driver words the failure. */
class ProblemResponsesTest {

    private final ProblemResponses problems =
            new ProblemResponses(JsonMapper.builder().build());

    @Test
    void aStoreThatCannotBeReachedIsA503WithRetryAfter() {
        MockServerWebExchange exchange = post();

        problems.handle(exchange, new DataAccessResourceFailureException("Timed out while waiting for a server"))
                .block();

        assertServiceUnavailable(exchange);
    }

    @Test
    void aConnectionPoolTheDriverPausedAfterAFailureIsA503TooNotA500() {
        MockServerWebExchange exchange = post();
        ServerId server = new ServerId(new ClusterId(), new ServerAddress("localhost", 27017));
        MongoConnectionPoolClearedException paused = new MongoConnectionPoolClearedException(
                server, new MongoSocketReadException("Prematurely reached end of stream", server.getAddress()));

        // Spring Data leaves this one uncategorised; the fault suite saw it answered 500 during a MongoDB outage
        problems.handle(exchange, new UncategorizedMongoDbException(paused.getMessage(), paused))
                .block();

        assertServiceUnavailable(exchange);
    }

    @Test
    void anUnexpectedFailureIsA500() {
        MockServerWebExchange exchange = post();

        problems.handle(exchange, new IllegalStateException("a bug")).block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isNull();
    }

    private static MockServerWebExchange post() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/mentors"));
    }

    private static void assertServiceUnavailable(MockServerWebExchange exchange) {
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(503);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(exchange.getResponse().getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":503");
    }
}
