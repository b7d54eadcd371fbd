package org.peermentor.browser.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One service's JSON API, called with a machine client's bearer token; anything but a 2xx fails the test. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode send(String method, String path, TokenClient client, String json) {
        HttpResponse<String> response = exchange(method, path, client, json);
        if (response.statusCode() >= 300) {
            throw new AssertionError(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body().isBlank() ? "{}" : response.body());
    }

    /** The status a call answers, for calls whose refusal is part of the story (a round already running: 409). */
    int status(String method, String path, TokenClient client, String json) {
        return exchange(method, path, client, json).statusCode();
    }

    private HttpResponse<String> exchange(String method, String path, TokenClient client, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", client.authorization())
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static List<JsonNode> list(JsonNode array) {
        return array.valueStream().toList();
    }

    static String json(Object... namesAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.putPOJO((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return node.toString();
    }
}
