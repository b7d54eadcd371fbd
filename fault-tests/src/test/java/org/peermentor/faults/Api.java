package org.peermentor.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.peermentor.demo.AnswerBody;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite's HTTP client of one service, with that service's bearer tokens. It remembers the status of every answer
 * and every 5xx in full, so the suite can say afterwards what the system answered while it was being broken.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    /** One answer; {@code status} 0 when none came (connection refused or reset, timeout). */
    record Answer(String request, int status, HttpHeaders headers, JsonNode body) {

        boolean isServerError() {
            return status >= 500;
        }

        /** The body read as {@code view}, a record naming only the fields a suite reads. */
        <T> T body(Class<T> view) {
            return JSON.treeToValue(body, view);
        }

        /** The elements of a list body, each read as {@code view}. */
        <T> List<T> elements(Class<T> view) {
            List<T> elements = new ArrayList<>();
            body.forEach(element -> elements.add(JSON.treeToValue(element, view)));
            return elements;
        }
    }

    private final String name;
    private final URI base;
    private final TokenClient tokens;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<Answer> serverErrors = new CopyOnWriteArrayList<>();

    Api(String name, URI base, TokenClient tokens) {
        this.name = name;
        this.base = base;
        this.tokens = tokens;
    }

    CompletableFuture<Answer> postAsync(String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return sendAsync("POST " + path, request.build());
    }

    Answer get(String path) {
        return sendAsync("GET " + path, request(path).GET().build()).join();
    }

    Answer put(String path, Object body) {
        return sendAsync(
                        "PUT " + path,
                        request(path)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                                .build())
                .join();
    }

    /** Every element of a list endpoint that pages with {@code page} and {@code size}. */
    List<JsonNode> getAll(String path) {
        List<JsonNode> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            Answer answer = get(path + separator + "page=" + page + "&size=1000");
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.status() + ": " + answer.body());
            }
            answer.body().forEach(all::add);
            if (answer.body().size() < 1000) {
                return all;
            }
        }
    }

    /** {@link #getAll(String)}, each element read as {@code view}, a record naming only the fields a suite reads. */
    <T> List<T> getAll(String path, Class<T> view) {
        return getAll(path).stream()
                .map(element -> JSON.treeToValue(element, view))
                .toList();
    }

    /** How many answers of each status this client got, in order; 0 counts requests that got none. */
    Map<Integer, Integer> statusCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    List<Answer> serverErrors() {
        return List.copyOf(serverErrors);
    }

    String name() {
        return name;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", tokens.authorization());
    }

    private CompletableFuture<Answer> sendAsync(String what, HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response ->
                        new Answer(what, response.statusCode(), response.headers(), AnswerBody.read(response.body())))
                .exceptionally(failure -> new Answer(
                        what + " (" + failure.getCause() + ")",
                        0,
                        HttpHeaders.of(Map.of(), (a, b) -> true),
                        JSON.createObjectNode()))
                .thenApply(this::remember);
    }

    private Answer remember(Answer answer) {
        statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
        if (answer.isServerError()) {
            serverErrors.add(answer);
        }
        return answer;
    }
}
