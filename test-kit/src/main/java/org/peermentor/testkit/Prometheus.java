package org.peermentor.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code /actuator/prometheus} as Prometheus scrapes it (with a token of a manager of every program, as
 * the metrics need), read series by series.
 */
public final class Prometheus {

    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})? (\\S+)");

    private final String text;

    private Prometheus(String text) {
        this.text = text;
    }

    /** What the service on {@code port} serves at {@code /actuator/prometheus} now. */
    public static Prometheus scrape(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + TestIssuer.manager())
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("/actuator/prometheus answered " + response.statusCode());
            }
            return new Prometheus(response.body());
        } catch (IOException e) {
            throw new AssertionError("No answer from /actuator/prometheus on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted scraping port " + port, e);
        }
    }

    /** The whole exposition text. */
    public String text() {
        return text;
    }

    /** Whether any series of {@code name} is served. */
    public boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    /** The sum of the series of {@code name} whose labels include all of {@code labels}; 0 when none is served. */
    public double value(String name, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.lines().toList()) {
            Matcher series = SERIES.matcher(line);
            if (series.find()
                    && series.group(1).equals(name)
                    && labels.entrySet().stream()
                            .allMatch(label -> (series.group(3) == null ? "" : series.group(3))
                                    .contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += Double.parseDouble(series.group(4));
            }
        }
        return sum;
    }
}
