package org.peermentor.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peermentor.contracts.fixtures.MovableClock;

/** Against a stand-in token endpoint that answers as Spring Authorization Server does and records what it was sent. */
class TokenClientTest {

    private static final ClientCredentials DESK =
            new ClientCredentials("intake-desk", "s3cret/with+odd=chars", List.of("INTAKE"), List.of());

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private HttpServer issuer;
    private MovableClock clock;

    @BeforeEach
    void startIssuer() throws IOException {
        issuer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        issuer.createContext("/oauth2/token", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean known = ("Basic " + basic("intake-desk", "s3cret%2Fwith%2Bodd%3Dchars"))
                    .equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = (known
                            ? "{\"access_token\":\"token-" + authorizations.size()
                                    + "\",\"token_type\":\"Bearer\",\"expires_in\":900}"
                            : "{\"error\":\"invalid_client\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        issuer.start();
        clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    }

    @AfterEach
    void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void aTokenIsAskedForByClientCredentialsAndReusedUntilShortlyBeforeItExpires() {
        TokenClient tokens = client(DESK);

        assertThat(tokens.authorization()).isEqualTo("Bearer token-1");
        clock.move(Duration.ofSeconds(839));
        assertThat(tokens.accessToken()).as("still a minute or more to live").isEqualTo("token-1");
        clock.move(Duration.ofSeconds(1));
        assertThat(tokens.accessToken()).as("a minute before expiry: a new one").isEqualTo("token-2");

        assertThat(bodies).containsOnly("grant_type=client_credentials").hasSize(2);
    }

    @Test
    void aRefusedClientFailsNamingTheClientAndTheErrorButNotTheSecret() {
        TokenClient tokens = client(new ClientCredentials("intake-desk", "wrong", List.of("INTAKE"), List.of()));

        assertThatIllegalStateException()
                .isThrownBy(tokens::accessToken)
                .withMessageContaining("refused intake-desk: 401 invalid_client")
                .withMessageNotContaining("wrong");
    }

    private TokenClient client(ClientCredentials credentials) {
        URI endpoint = URI.create("http://localhost:" + issuer.getAddress().getPort() + "/oauth2/token");
        return new TokenClient(endpoint, credentials, clock);
    }

    private static String basic(String id, String secret) {
        return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
