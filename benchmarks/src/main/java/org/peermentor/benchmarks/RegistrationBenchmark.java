package org.peermentor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.peermentor.localstack.auth.TokenClient;

/**
 * Fires participant registrations at a running intake service from several threads, then waits until every
 * registration's event is on Kafka. Reports throughput, latency percentiles and the publishing delay.
 *
 * <pre>./mvnw -q -pl benchmarks exec:java -Dexec.args="--requests 20000 --concurrency 32"</pre>
 *
 * Registers as the intake desk of a running {@code ./run-local} (see {@link DemoTokens}).
 */
public final class RegistrationBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private RegistrationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String intake = options.intake();
        String kafka = options.kafka();
        int requests = options.integer("requests", 20000);
        int concurrency = options.integer("concurrency", 32);
        int warmup = options.integer("warmup", 2000);
        String run = Long.toString(System.currentTimeMillis(), 36);
        TokenClient desk = DemoTokens.intakeDesk(options);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4))
                .build();
        System.out.printf("warming up with %d registrations...%n", warmup);
        fire(http, desk, intake, "warmup-" + run, warmup, concurrency);

        try (KafkaConsumer<String, byte[]> consumer = ProfileTopicConsumer.fromTheEnd(kafka, 500)) {
            System.out.printf("measuring %d registrations with %d concurrent clients...%n", requests, concurrency);
            Result result = fire(http, desk, intake, "bench-" + run, requests, concurrency);
            long lastResponse = System.nanoTime();
            int unseen = ProfileTopicConsumer.awaitEvents(consumer, result.ids(), lastResponse, Duration.ofMillis(100));
            double publishDelayMs = (System.nanoTime() - lastResponse) / 1e6;
            result.report(unseen, publishDelayMs);
        }
        System.exit(0);
    }

    private static Result fire(
            HttpClient http, TokenClient desk, String intake, String program, int count, int concurrency)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        Set<String> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response =
                                http.send(registration(desk, intake, program, i), HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - sent);
                        Matcher id = ID.matcher(response.body());
                        if (response.statusCode() == 201 && id.find()) {
                            ids.add(id.group(1));
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.HOURS);
        return new Result(count, failures.get(), System.nanoTime() - start, latencies, ids);
    }

    private static HttpRequest registration(TokenClient desk, String intake, String program, int i) {
        String body = """
                {"programId":"%s","firstName":"Person%d","lastName":"Bench","email":"p%d@%s.example.org",
                 "birthYear":1990,"gender":"UNDISCLOSED","languages":["en"],"timezone":"America/Chicago",
                 "primaryIssue":"GRIEF","issues":["GRIEF"],"formats":["ONLINE"],
                 "availability":[{"day":"MONDAY","start":"18:00","end":"20:00"}],
                 "consent":{"dataProcessing":true,"contactByEmail":true}}""".formatted(program, i, i, program);
        return HttpRequest.newBuilder(URI.create(intake + "/api/participants"))
                .header("Content-Type", "application/json")
                .header("Authorization", desk.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    record Result(int count, int failures, long elapsedNanos, List<Long> latencies, Set<String> ids) {

        void report(int missingEvents, double publishDelayMs) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double seconds = elapsedNanos / 1e9;
            System.out.printf(
                    "registrations: %d (%d failed) in %.2f s = %.0f/s%n", count, failures, seconds, count / seconds);
            System.out.printf(
                    "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100));
            System.out.printf(
                    "events on Kafka: %d of %d, the last %.0f ms after the last response%n",
                    ids.size() - missingEvents, ids.size(), publishDelayMs);
        }

        private static double percentile(List<Long> sorted, int p) {
            return sorted.isEmpty() ? Double.NaN : Percentiles.of(sorted, p) / 1e6;
        }
    }
}
