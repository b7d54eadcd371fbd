package org.peermentor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.peermentor.contracts.EventJson;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;

/**
 * Imports one CSV file of {@code --rows} participants (default 10,000) into a running intake service in one request,
 * as intake staff would upload it, then waits until every created row's event is on Kafka. Reports the time to the
 * end of the response, the time to the last event, and intake's heap (sampled every 100 ms through its metrics
 * endpoint, as the program manager) before and during the import: in use, and in the old generation. With
 * {@code --again true} it then imports the same file a second time, which must create nobody.
 *
 * <pre>java -cp … org.peermentor.benchmarks.ImportBenchmark --rows 10000 --again true</pre>
 *
 * Runs against a {@code ./run-local} (see {@link DemoTokens}); options {@code --intake http://localhost:8081},
 * {@code --kafka localhost:9092}.
 */
public final class ImportBenchmark {

    private static final Pattern HEAP = Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E+]+)");

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String intake = options.intake();
        String kafka = options.kafka();
        int rows = options.integer("rows", 10000);
        String program = "bench-import-" + Long.toString(System.currentTimeMillis(), 36);
        TokenClient desk = DemoTokens.intakeDesk(options);
        TokenClient manager = DemoTokens.programManager(options);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] file = file(rows, program);
        System.out.printf("file: %d rows, %.1f MB, program %s%n", rows, file.length / 1e6, program);

        try (KafkaConsumer<String, byte[]> consumer = ProfileTopicConsumer.fromTheEnd(kafka, 5000)) {
            HeapSampler heap = new HeapSampler(http, manager, intake);
            long before = heap.sample(HeapSampler.USED);
            long liveBefore = heap.sample(HeapSampler.LIVE);
            Thread sampler = new Thread(heap, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(
                    BenchCsv.upload(intake, desk, "participants", program, file), HttpResponse.BodyHandlers.ofString());
            long responded = System.nanoTime();
            Counts counts = Counts.of(response.body());
            int unseen = ProfileTopicConsumer.awaitEvents(consumer, counts.created(), responded, Duration.ofMillis(50));
            long lastEvent = System.nanoTime();
            heap.stop();
            sampler.join();
            System.out.printf(
                    "response %d: %d created, %d unchanged, %d rejected%n",
                    response.statusCode(), counts.created().size(), counts.unchanged(), counts.rejected());
            System.out.printf(
                    "time to the response's end: %.2f s (%.0f rows/s)%n",
                    (responded - start) / 1e9, rows / ((responded - start) / 1e9));
            System.out.printf(
                    "time to the last event on Kafka: %.2f s (%d of %d events seen)%n",
                    (lastEvent - start) / 1e9,
                    counts.created().size() - unseen,
                    counts.created().size());
            System.out.printf(
                    "intake heap used: %.0f MB before, peak %.0f MB during (%d samples); old generation: "
                            + "%.0f MB before, peak %.0f MB during%n",
                    before / 1e6, heap.peak() / 1e6, heap.samples(), liveBefore / 1e6, heap.livePeak() / 1e6);

            if (Boolean.parseBoolean(options.getOrDefault("again", "false"))) {
                long again = System.nanoTime();
                HttpResponse<String> second = http.send(
                        BenchCsv.upload(intake, desk, "participants", program, file),
                        HttpResponse.BodyHandlers.ofString());
                Counts repeated = Counts.of(second.body());
                System.out.printf(
                        "same file again: %d created, %d unchanged, %d rejected in %.2f s%n",
                        repeated.created().size(),
                        repeated.unchanged(),
                        repeated.rejected(),
                        (System.nanoTime() - again) / 1e9);
            }
        }
        System.exit(0);
    }

    private static byte[] file(int rows, String program) {
        String csv = BenchCsv.of(
                "firstName,lastName,email,birthYear,gender,languages,timezone,"
                        + "primaryIssue,issues,formats,availability,consent.dataProcessing,consent.contactByEmail",
                rows,
                i -> BenchCsv.person("Person", "p", i, program)
                        + ",1990,UNDISCLOSED,en;es,America/Chicago,GRIEF,GRIEF;ANXIETY,ONLINE,"
                        + "MONDAY 18:00-20:00;THURSDAY 09:00-10:30,true,true");
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private record Counts(Set<String> created, int unchanged, int rejected) {

        static Counts of(String body) {
            Set<String> created = new HashSet<>();
            int unchanged = 0;
            int rejected = 0;
            for (JsonNode result : EventJson.mapper().readTree(body)) {
                switch (result.path("status").asString()) {
                    case "CREATED" -> created.add(result.path("id").asString());
                    case "UNCHANGED" -> unchanged++;
                    default -> rejected++;
                }
            }
            return new Counts(created, unchanged, rejected);
        }
    }

    /** Intake's heap in use, from its metrics endpoint, read until stopped; the highest value seen. */
    private static final class HeapSampler implements Runnable {

        private final HttpClient http;
        private final TokenClient manager;
        private final String intake;
        private final AtomicBoolean running = new AtomicBoolean(true);
        /** Heap in use now, garbage included. */
        static final String USED = "jvm.memory.used?tag=area:heap";
        /** The old generation: what survived collections, where a file held whole would end up. */
        static final String LIVE = "jvm.memory.used?tag=area:heap&tag=id:G1%20Old%20Gen";

        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong livePeak = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();

        HeapSampler(HttpClient http, TokenClient manager, String intake) {
            this.http = http;
            this.manager = manager;
            this.intake = intake;
        }

        @Override
        public void run() {
            while (running.get()) {
                peak.accumulateAndGet(sample(USED), Math::max);
                livePeak.accumulateAndGet(sample(LIVE), Math::max);
                samples.incrementAndGet();
                try {
                    Thread.sleep(100); // the sampling interval of a measurement, not a wait for a result
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long sample(String metric) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(intake + "/actuator/metrics/" + metric))
                                .header("Authorization", manager.authorization())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher value = HEAP.matcher(response.body());
                return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
            } catch (Exception e) {
                return 0;
            }
        }

        void stop() {
            running.set(false);
        }

        long peak() {
            return peak.get();
        }

        long livePeak() {
            return livePeak.get();
        }

        long samples() {
            return samples.get();
        }
    }
}
