package org.peermentor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One registration followed through the system as ./run-local runs it: sent to intake with a W3C {@code traceparent}
 * of the caller's, its trace id shows in intake's log, and — carried by the outbox and the Kafka record's headers — in
 * matching's and notification's, which read the profile from the topic. The services' log files are JSON lines, one
 * object per event, with the trace and span ids as fields.
 */
class TraceAcrossServicesTest {

    private static final List<String> SERVICES = List.of("intake-service", "matching-service", "notification-service");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newHttpClient();
    private WholeSystem system;

    @AfterEach
    void stopIt() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aRegistrationsTraceIdShowsInTheJsonLogsOfIntakeMatchingAndNotification() throws Exception {
        system = WholeSystem.start("e2e-trace-", "--no-console");
        String traceId = hex(16);

        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(system.ports().intake("/api/participants")))
                        .header("Authorization", system.desk().authorization())
                        .header("Content-Type", "application/json")
                        .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                        .POST(HttpRequest.BodyPublishers.ofString(participant()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);

        for (String service : SERVICES) {
            List<JsonNode> traced = await().atMost(Duration.ofSeconds(90))
                    .until(
                            () -> eventsOf(service).stream()
                                    .filter(event ->
                                            traceId.equals(event.path("traceId").asString("")))
                                    .toList(),
                            events -> !events.isEmpty());
            assertThat(traced)
                    .as("%s's log lines in the registration's trace", service)
                    .allSatisfy(event ->
                            assertThat(event.path("spanId").asString("")).matches("[0-9a-f]{16}"));
        }
        for (String service : SERVICES) {
            assertThat(eventsOf(service))
                    .as("every line of %s's log is an event with its time and message", service)
                    .allSatisfy(event -> assertThat(event.has("@timestamp") && event.has("message"))
                            .isTrue());
        }
    }

    /** Every line of the service's JSON log, each read as one JSON object. */
    private List<JsonNode> eventsOf(String service) {
        Path log = system.data().resolve("logs").resolve(service + ".json");
        try {
            return Files.exists(log)
                    ? Files.readAllLines(log).stream().map(JSON::readTree).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String participant() {
        return """
                {"programId": "e2e-trace", "firstName": "Tess", "lastName": "Trace", "phone": "+15550100",
                 "email": "tess.trace@example.org", "birthYear": 1985, "gender": "FEMALE", "languages": ["en"],
                 "timezone": "Europe/Warsaw", "formats": ["ONLINE"],
                 "availability": [{"day": "WEDNESDAY", "start": "18:00", "end": "20:00"}],
                 "consent": {"dataProcessing": true, "contactByEmail": true},
                 "primaryIssue": "GRIEF", "issues": ["GRIEF"], "mentorGenderPreference": "ANY"}""";
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
