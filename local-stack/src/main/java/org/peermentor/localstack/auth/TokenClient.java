package org.peermentor.localstack.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.peermentor.demo.AnswerBody;
import tools.jackson.databind.JsonNode;

/**
 * Bearer tokens of one client from the issuer's token endpoint (client credentials, {@code client_secret_basic}),
 * each reused until shortly before it expires. Safe to share between threads.
 */
public final class TokenClient {

    private static final Duration MOST_RENEWAL_AHEAD = Duration.ofSeconds(60);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String basicCredentials;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    TokenClient(URI tokenEndpoint, ClientCredentials client, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = client.clientId();
        // RFC 6749 2.3.1: id and secret are form-encoded before they are joined for HTTP Basic
        this.basicCredentials = Base64.getEncoder()
                .encodeToString(
                        (form(client.clientId()) + ":" + form(client.clientSecret())).getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /** A client of the issuer at {@code issuer} (e.g. {@code http://localhost:9000}), whose token endpoint is {@code /oauth2/token}. */
    public static TokenClient of(URI issuer, ClientCredentials client) {
        return new TokenClient(issuer.resolve("/oauth2/token"), client, Clock.systemUTC());
    }

    public String clientId() {
        return clientId;
    }

    /** The value of an {@code Authorization} header: {@code Bearer eyJ…}. */
    public String authorization() {
        return "Bearer " + accessToken();
    }

    /** A valid access token: the cached one, or a new one once the cached one is about to expire. */
    public synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            JsonNode answer = requestToken();
            Duration lifetime = Duration.ofSeconds(answer.path("expires_in").asLong(0));
            Duration ahead = lifetime.dividedBy(4).compareTo(MOST_RENEWAL_AHEAD) < 0
                    ? lifetime.dividedBy(4)
                    : MOST_RENEWAL_AHEAD;
            token = answer.path("access_token").asString();
            renewAt = now.plus(lifetime).minus(ahead);
        }
        return token;
    }

    private JsonNode requestToken() {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basicCredentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not reach the token endpoint " + tokenEndpoint + " for " + clientId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting a token for " + clientId, e);
        }
        JsonNode body = AnswerBody.read(response.body());
        if (response.statusCode() != 200
                || body.path("access_token").asString("").isEmpty()) {
            throw new IllegalStateException("The token endpoint " + tokenEndpoint + " refused " + clientId + ": "
                    + response.statusCode() + " " + body.path("error").asString(response.body()));
        }
        return body;
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
