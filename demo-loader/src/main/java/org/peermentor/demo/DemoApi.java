package org.peermentor.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few HTTP calls the demo makes, JSON in and out; an unexpected status fails with the problem detail. Calls to
 * intake carry the intake desk's bearer token, calls to matching and notification the program manager's, and the
 * inbox gets none.
 */
final class DemoApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 500;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(300);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DemoEndpoints endpoints;
    private final Supplier<String> intakeDesk;
    private final Supplier<String> programManager;

    DemoApi(DemoEndpoints endpoints, Supplier<String> intakeDesk, Supplier<String> programManager) {
        this.endpoints = endpoints;
        this.intakeDesk = intakeDesk;
        this.programManager = programManager;
    }

    record Answer(int status, JsonNode body) {}

    JsonNode get(URI uri) {
        return expect(send(request(uri).GET(), uri), 200, "GET", uri);
    }

    /** Every element of a list endpoint that pages with {@code page} and {@code size}. */
    List<JsonNode> getAll(URI uri) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            String separator = uri.getQuery() == null ? "?" : "&";
            JsonNode batch = get(URI.create(uri + separator + "page=" + page + "&size=" + PAGE));
            batch.forEach(all::add);
            if (batch.size() < PAGE) {
                return all;
            }
        }
    }

    Answer post(URI uri, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, uri);
    }

    JsonNode post(URI uri, Object body, int expected) {
        return expect(post(uri, body, null), expected, "POST", uri);
    }

    JsonNode put(URI uri, Object body) {
        return expect(
                send(
                        request(uri)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                        uri),
                200,
                "PUT",
                uri);
    }

    static JsonNode expect(Answer answer, int expected, String method, URI uri) {
        if (answer.status() != expected) {
            throw new IllegalStateException(method + " " + uri + " answered " + answer.status() + ": "
                    + answer.body().path("detail").asString(answer.body().toString()));
        }
        return answer.body();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        Supplier<String> caller = sameServer(uri, endpoints.intake())
                ? intakeDesk
                : sameServer(uri, endpoints.matching()) || sameServer(uri, endpoints.notification())
                        ? programManager
                        : null;
        return caller == null ? request : request.header("Authorization", caller.get());
    }

    private static boolean sameServer(URI uri, URI server) {
        return uri.getHost().equals(server.getHost()) && uri.getPort() == server.getPort();
    }

    private Answer send(HttpRequest.Builder request, URI uri) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), AnswerBody.read(body));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + uri, e);
        }
    }

    /** Polls until the condition holds; fails, naming what it waited for, after a few minutes. */
    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Gave up waiting " + PATIENCE.toMinutes() + " min for " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
