package org.peermentor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests' HTTP calls, as a caller with its bearer token or with none, each answer read as a typed view: a record
 * naming only the fields a test reads (Jackson 3 ignores unknown properties by default, so the rest is left out).
 */
final class JsonHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** What a POST that creates something answers: the new thing's id. */
    record Created(String id) {}

    /** A call as {@code caller} (its bearer token), or with no token when {@code caller} is null; its body. */
    String send(TokenClient caller, String method, String uri, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                as(caller, HttpRequest.newBuilder(URI.create(uri)))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s %s answered %s", method, uri, response.body())
                .isEqualTo(expectedStatus);
        return response.body();
    }

    /** A POST that creates something; the id it was given. */
    String create(TokenClient caller, String uri, String body, int expectedStatus)
            throws IOException, InterruptedException {
        return JSON.readValue(send(caller, "POST", uri, body, expectedStatus), Created.class)
                .id();
    }

    /** A GET as {@code caller}, or with no token when it is null, answered 200. */
    <T> T get(TokenClient caller, String uri, Class<T> view) throws IOException, InterruptedException {
        return getWithToken(caller == null ? null : caller.accessToken(), uri, view);
    }

    /** A GET with this bearer token, or with none when it is null, answered 200. */
    <T> T getWithToken(String bearerToken, String uri, Class<T> view) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s answered %s", uri, response.body())
                .isEqualTo(200);
        return JSON.readValue(response.body(), view);
    }

    /** A GET of a list as {@code caller}, answered 200, each element read as {@code view}. */
    <T> List<T> getList(TokenClient caller, String uri, Class<T> view) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                as(caller, HttpRequest.newBuilder(URI.create(uri))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET %s answered %s", uri, response.body())
                .isEqualTo(200);
        return JSON.readerForListOf(view).readValue(response.body());
    }

    /** The status of a GET with this {@code Authorization} header, or with none when it is null. */
    int status(String authorization, String uri) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest.Builder as(TokenClient caller, HttpRequest.Builder request) {
        return caller == null ? request : request.header("Authorization", caller.authorization());
    }
}
