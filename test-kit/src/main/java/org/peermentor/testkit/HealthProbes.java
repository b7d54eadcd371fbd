package org.peermentor.testkit;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.peermentor.embedded.EmbeddedKafkaBroker;
import org.peermentor.embedded.EmbeddedMongo;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Asks a running service's health groups over HTTP, as a probe of Kubernetes or the local stack would. */
public final class HealthProbes {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HealthProbes() {}

    /** The status {@code /actuator/health/readiness} reports ({@code UP}, {@code DOWN}, …), or {@code NO_ANSWER}. */
    public static String readiness(int port) {
        return status(port, "readiness");
    }

    /** The status {@code /actuator/health/liveness} reports, or {@code NO_ANSWER}. */
    public static String liveness(int port) {
        return status(port, "liveness");
    }

    /**
     * What every service's readiness must do: go {@code DOWN} while the broker, and then the store, is away, and come
     * back {@code UP} with each, while liveness stays {@code UP} throughout (a restart would not bring either back).
     * Throws an {@link AssertionError} at the first step that does not happen within a minute.
     */
    public static void assertReadinessFollows(int port, EmbeddedKafkaBroker kafka, EmbeddedMongo mongo) {
        awaitReadiness(port, "UP");
        kafka.stop();
        awaitReadiness(port, "DOWN");
        assertLive(port);
        kafka.start();
        awaitReadiness(port, "UP");

        mongo.stop();
        awaitReadiness(port, "DOWN");
        assertLive(port);
        mongo.start();
        awaitReadiness(port, "UP");
    }

    private static void awaitReadiness(int port, String status) {
        await().atMost(PATIENCE).until(() -> readiness(port), status::equals);
    }

    private static void assertLive(int port) {
        String liveness = liveness(port);
        if (!"UP".equals(liveness)) {
            throw new AssertionError("liveness is " + liveness + " while readiness is DOWN; expected UP");
        }
    }

    private static String status(int port, String group) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/" + group))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("status").asString("NO_ANSWER");
        } catch (IOException | JacksonException e) {
            return "NO_ANSWER";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "NO_ANSWER";
        }
    }
}
