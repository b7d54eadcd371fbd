package org.peermentor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end latency on a running system (./run-local): from the registration of a mentor who frees capacity to
 * that mentor's email accepted by SMTP, with auto-approval on. Each run has its own program holding one waiting
 * participant; the run registers the one mentor who fits, and the time ends when the inbox has the email
 * (its {@code Created} time, stamped on receipt). The path measured: intake, its outbox relay, Kafka, the matching
 * replica, the program's settle timer, an automatic round, the auto-approved pairing's event, the notification
 * service, SMTP.
 *
 * <pre>./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=org.peermentor.benchmarks.EndToEndLatencyBenchmark \
 *     -Dexec.args="--runs 100 --settle 0"</pre>
 *
 * Options: {@code --settle default|SECONDS} (default: the matching service's default, read from a program that was
 * never configured), {@code --runs},
 * {@code --warmup} (runs not counted), {@code --interval SECONDS} (start a run every so often instead of one after
 * another; keeps long settle times affordable), {@code --intake}, {@code --matching}, {@code --inbox}, and
 * {@code --credentials}, {@code --issuer} for the bearer tokens (see {@link DemoTokens}): intake is called as the intake
 * desk, matching as the program manager.
 */
public final class EndToEndLatencyBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HOLD_SECONDS = 86_400;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String intake;
    private final String matching;
    private final String inbox;
    private final TokenClient desk;
    private final TokenClient manager;
    private final Map<String, Instant> received = new ConcurrentHashMap<>();

    private EndToEndLatencyBenchmark(
            String intake, String matching, String inbox, TokenClient desk, TokenClient manager) {
        this.intake = intake;
        this.matching = matching;
        this.inbox = inbox;
        this.desk = desk;
        this.manager = manager;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        EndToEndLatencyBenchmark benchmark = new EndToEndLatencyBenchmark(
                options.intake(),
                options.matching(),
                options.inbox(),
                DemoTokens.intakeDesk(options),
                DemoTokens.programManager(options));
        int runs = options.integer("runs", 100);
        int warmup = options.integer("warmup", 5);
        String settle = options.getOrDefault("settle", "default");
        double interval = Double.parseDouble(options.getOrDefault("interval", "0"));
        benchmark.run(runs, warmup, settle, interval);
        System.exit(0);
    }

    private void run(int runs, int warmup, String settle, double intervalSeconds) throws Exception {
        String batch = "bench-e2e-" + Long.toString(System.currentTimeMillis(), 36);
        Integer settleSeconds = settle.equals("default") ? null : Integer.valueOf(settle);
        int effectiveSettle = settleSeconds != null
                ? settleSeconds
                : get(matching + "/api/programs/" + batch + "-defaults/settings")
                        .path("settleTimeSeconds")
                        .asInt();
        System.out.printf(
                "settle time %d s (%s), %d runs after %d warm-up, %s%n",
                effectiveSettle,
                settleSeconds == null ? "the service's default" : "as asked",
                runs,
                warmup,
                intervalSeconds > 0 ? "a run started every " + intervalSeconds + " s" : "one run after another");
        List<String> programs = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            programs.add(batch + "-" + i);
        }
        System.out.println("preparing one waiting participant per run ...");
        for (String program : programs) {
            // automatic rounds held while the participant arrives, so that the run starts from a quiet program
            put(
                    matching + "/api/programs/" + program + "/settings",
                    Map.of("autoApprove", true, "settleTimeSeconds", HOLD_SECONDS));
            post(
                    intake + "/api/participants",
                    person(
                            program,
                            "participant",
                            Map.of(
                                    "primaryIssue",
                                    "GRIEF",
                                    "issues",
                                    List.of("GRIEF"),
                                    "mentorGenderPreference",
                                    "ANY")));
        }
        for (String program : programs) {
            awaitTrue(
                    "the matching replica to hold the participant of " + program,
                    () -> get(matching + "/api/programs/" + program + "/report")
                                    .path("waiting")
                                    .asInt()
                            == 1);
            put(
                    matching + "/api/programs/" + program + "/settings",
                    Map.of("autoApprove", true, "settleTimeSeconds", effectiveSettle));
        }
        Thread poller = new Thread(this::pollInbox, "inbox-poller");
        poller.setDaemon(true);
        poller.start();
        List<Run> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService runners = Executors.newCachedThreadPool();
        CountDownLatch done = new CountDownLatch(programs.size());
        for (int i = 0; i < programs.size(); i++) {
            String program = programs.get(i);
            boolean counted = i >= warmup;
            Runnable oneRun = () -> {
                try {
                    Run result = measure(program);
                    if (counted) {
                        results.add(result);
                    }
                    System.out.printf(
                            "%s%s: %.2f s%n", program, counted ? "" : " (warm-up)", result.totalMillis() / 1000.0);
                } catch (Exception e) {
                    System.out.println(program + " failed: " + e);
                } finally {
                    done.countDown();
                }
            };
            if (intervalSeconds > 0) {
                runners.submit(oneRun);
                Thread.sleep((long) (intervalSeconds * 1000));
            } else {
                oneRun.run();
            }
        }
        done.await();
        runners.shutdown();
        poller.interrupt();
        report(results, effectiveSettle);
    }

    /** One run: register the mentor who frees capacity, wait for their email, then read the round's timestamps. */
    private Run measure(String program) throws Exception {
        String email = "mentor." + program + "@example.org";
        Instant sent = Instant.now();
        post(
                intake + "/api/mentors",
                person(
                        program,
                        "mentor",
                        Map.of("livedExperience", List.of("GRIEF"), "trainedFor", List.of(), "capacity", 1)));
        awaitTrue("the email to " + email, () -> received.containsKey(email));
        Instant mailed = received.get(email);
        JsonNode round = null;
        for (JsonNode candidate : get(matching + "/api/programs/" + program + "/rounds")) {
            if (candidate.path("matchedCount").asInt() == 1) {
                round = candidate;
            }
        }
        if (round == null) {
            throw new IllegalStateException("no round of " + program + " matched the participant");
        }
        return new Run(
                sent,
                Instant.parse(round.path("startedAt").asString()),
                Instant.parse(round.path("completedAt").asString()),
                mailed);
    }

    /** Every 100 ms, the newest messages of the inbox: who received one, and when the SMTP server took it. */
    private void pollInbox() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                for (JsonNode message :
                        get(inbox + "/api/v1/messages?limit=200").path("messages")) {
                    for (JsonNode to : message.path("To")) {
                        received.putIfAbsent(
                                to.path("Address").asString(),
                                Instant.parse(message.path("Created").asString()));
                    }
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.out.println("inbox poll failed: " + e);
            }
        }
    }

    private static String person(String program, String role, Map<String, Object> specific) {
        Map<String, Object> person = new LinkedHashMap<>(Map.of(
                "programId",
                program,
                "firstName",
                "Robin",
                "lastName",
                "Bench",
                "email",
                role + "." + program + "@example.org",
                "birthYear",
                1985,
                "gender",
                "UNDISCLOSED",
                "languages",
                List.of("en"),
                "timezone",
                "Europe/London",
                "formats",
                List.of("ONLINE"),
                "availability",
                List.of(Map.of("day", "WEDNESDAY", "start", "18:00", "end", "20:00"))));
        person.put("consent", Map.of("dataProcessing", true, "contactByEmail", true));
        person.putAll(specific);
        return JSON.writeValueAsString(person);
    }

    /** Times of one run; each segment ends where the next begins. */
    record Run(Instant mentorSent, Instant roundStarted, Instant roundCompleted, Instant mailReceived) {

        long totalMillis() {
            return Duration.between(mentorSent, mailReceived).toMillis();
        }

        long toRoundMillis() {
            return Duration.between(mentorSent, roundStarted).toMillis();
        }

        long roundMillis() {
            return Duration.between(roundStarted, roundCompleted).toMillis();
        }

        long toMailMillis() {
            return Duration.between(roundCompleted, mailReceived).toMillis();
        }
    }

    private static void report(List<Run> runs, int settle) {
        System.out.printf("%nsettle %d s, %d runs (ms):%n", settle, runs.size());
        line(runs, "registration -> email accepted by SMTP", Run::totalMillis);
        line(runs, "  registration -> automatic round starts", Run::toRoundMillis);
        line(runs, "  round solving", Run::roundMillis);
        line(runs, "  round done -> email accepted by SMTP", Run::toMailMillis);
    }

    private static void line(List<Run> runs, String what, ToLongFunction<Run> metric) {
        List<Long> sorted = runs.stream().map(metric::applyAsLong).sorted().toList();
        System.out.printf(
                "  %-44s p50 %6d  p95 %6d  min %6d  max %6d%n",
                what,
                Percentiles.of(sorted, 50),
                Percentiles.of(sorted, 95),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private JsonNode get(String uri) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(uri)).GET(), 200));
    }

    private void post(String uri, String body) throws Exception {
        send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                201);
    }

    private void put(String uri, Map<String, Object> body) throws Exception {
        send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                200);
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        String uri = request.build().uri().toString();
        TokenClient caller =
                uri.startsWith(intake) ? desk : uri.startsWith(matching) ? manager : null; // the inbox: none
        if (caller != null) {
            request.header("Authorization", caller.authorization());
        }
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
