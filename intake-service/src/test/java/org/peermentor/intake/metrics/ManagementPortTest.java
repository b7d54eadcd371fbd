package org.peermentor.intake.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.peermentor.intake.support.RunningIntake;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * As the service runs outside tests: health and metrics on a management port of their own, bound to localhost, where
 * Prometheus scrapes without a token; on the service's own port the metrics still need a manager's token.
 */
class ManagementPortTest extends RunningIntake {

    private static final int MANAGEMENT_PORT = TestSocketUtils.findAvailableTcpPort();

    private final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void ownManagementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    @Test
    void prometheusScrapesTheManagementPortWithoutAToken() throws Exception {
        HttpResponse<String> scraped = get(MANAGEMENT_PORT, "/actuator/prometheus");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("peermentor_outbox_backlog");
        assertThat(get(MANAGEMENT_PORT, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theServicesOwnPortServesNoMetricsWithoutAToken() throws Exception {
        assertThat(get(port(), "/actuator/prometheus").statusCode()).isIn(401, 404);
        assertThat(get(port(), "/api/participants?programId=any").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
