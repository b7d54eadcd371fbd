package org.peermentor.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may read a running service's actuator: health is open to the orchestrator; the metrics count across every
 * program, so only a program manager of every program reads them.
 */
public final class ActuatorAccess {

    private ActuatorAccess() {}

    /**
     * The status each kind of caller gets from {@code path} on the service at {@code port}, keyed by the caller:
     * {@code no token}, {@code intake staff}, {@code a manager of one program}, {@code a manager of every program}.
     */
    public static Map<String, Integer> statuses(int port, String path) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        statuses.put("no token", status(port, path, null));
        statuses.put("intake staff", status(port, path, TestIssuer.intake()));
        statuses.put("a manager of one program", status(port, path, TestIssuer.managerOf("one-program")));
        statuses.put("a manager of every program", status(port, path, TestIssuer.manager()));
        return statuses;
    }

    /** What {@link #statuses} must answer for the metrics. */
    public static Map<String, Integer> metricsRule() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("no token", 401);
        expected.put("intake staff", 403);
        expected.put("a manager of one program", 403);
        expected.put("a manager of every program", 200);
        return expected;
    }

    /** What {@link #statuses} must answer for health: 200 to anyone. */
    public static Map<String, Integer> healthRule() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        metricsRule().keySet().forEach(caller -> expected.put(caller, 200));
        return expected;
    }

    private static int status(int port, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // a connection of its own for each ask: Reactor Netty 1.3.6 now and then leaves a request on a reused
        // keep-alive connection unanswered after an empty response such as the 401 before it
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new AssertionError("No answer from " + path + " on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted asking " + path, e);
        }
    }
}
