package org.peermentor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A program manager's two heaviest pages on a running system (./run-local), through the staff console as a browser
 * uses it:
 * <ol>
 *   <li>the dashboard of a program where {@code --waiting} participants (default 5,000) wait beside {@code --mentors}
 *       mentors (default 1,500, one place each, all taken by the round's proposals): {@code --requests} fetches after
 *       {@code --warmup};</li>
 *   <li>"Approve selected" over {@code --bulk} proposals (default 500) of a second program, one form post; then every
 *       mentor's email is awaited in the inbox and counted: each mentor must get exactly one.</li>
 * </ol>
 * People arrive through intake's CSV import; the rounds are the automatic ones their arrival starts. {@code
 * --dashboard-program} measures the dashboard of a program an earlier run populated instead of making a new one.
 *
 * <pre>java -cp … org.peermentor.benchmarks.ManagerDashboardBenchmark --waiting 5000 --mentors 1500 --bulk 500</pre>
 *
 * Options as {@link DemoTokens} and {@link ConsoleBrowser} take them, and {@code --intake}, {@code --matching},
 * {@code --inbox} (http://localhost:8081, :8082, :8025), {@code --username manager}.
 */
public final class ManagerDashboardBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Options options;
    private final TokenClient desk;
    private final TokenClient manager;

    private ManagerDashboardBenchmark(Options options) {
        this.options = options;
        this.desk = DemoTokens.intakeDesk(options);
        this.manager = DemoTokens.programManager(options);
    }

    public static void main(String[] args) throws Exception {
        new ManagerDashboardBenchmark(Options.parse(args)).run();
        System.exit(0);
    }

    private void run() throws Exception {
        int waiting = options.integer("waiting", 5000);
        int mentors = options.integer("mentors", 1500);
        int bulk = options.integer("bulk", 500);
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        ConsoleBrowser browser = ConsoleBrowser.signedIn(options, options.getOrDefault("username", "manager"));

        String dashboardProgram = options.getOrDefault("dashboard-program", "bench-dash-" + stamp);
        if (!options.values().containsKey("dashboard-program")) {
            populate(dashboardProgram, mentors, waiting + mentors);
        }
        awaitQuiet(dashboardProgram, mentors, waiting);
        dashboard(browser, dashboardProgram);

        String bulkProgram = "bench-bulk-" + stamp;
        populate(bulkProgram, bulk, bulk);
        awaitQuiet(bulkProgram, bulk, 0);
        approveAll(browser, bulkProgram, bulk);
    }

    private void dashboard(ConsoleBrowser browser, String program) throws Exception {
        int requests = options.integer("requests", 100);
        int warmup = options.integer("warmup", 10);
        String path = "/programs/" + program;
        PageTimes times = PageTimes.of(browser, path, warmup, requests);
        System.out.printf("GET %s (%d characters): %s%n", path, times.characters(), times.percentiles());
    }

    private void approveAll(ConsoleBrowser browser, String program, int expected) throws Exception {
        List<String> proposals = new ArrayList<>();
        for (JsonNode pairing : pairings(program, "PROPOSED")) {
            proposals.add(pairing.path("id").asString());
        }
        HttpResponse<String> dashboard = browser.page("/programs/" + program);
        List<Map.Entry<String, String>> fields =
                proposals.stream().map(id -> Map.entry("pairingId", id)).toList();
        long start = System.nanoTime();
        HttpResponse<String> answer = browser.submit(dashboard, "/programs/" + program + "/proposals/approve", fields);
        double took = (System.nanoTime() - start) / 1e9;
        int approved = pairings(program, "APPROVED").size();
        System.out.printf(
                "Approve selected (%d proposals): answered %d in %.2f s; %d of %d now APPROVED%n",
                proposals.size(), answer.statusCode(), took, approved, expected);

        String domain = "@" + program + ".example.org";
        Map<String, Integer> perMentor = new HashMap<>();
        await(Duration.ofMinutes(5)).until(() -> {
            perMentor.clear();
            perMentor.putAll(inboxCounts(domain));
            return perMentor.size() >= approved;
        });
        double lastMail = (System.nanoTime() - start) / 1e9;
        long twice = perMentor.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "Mentors emailed: %d (of %d approved) within %.2f s of the post; mentors emailed more than "
                        + "once: %d%n",
                perMentor.size(), approved, lastMail, twice);
    }

    /** Emails in the inbox per recipient address of the program's mentors (the benchmark's own domain). */
    private Map<String, Integer> inboxCounts(String domain) {
        Map<String, Integer> counts = new HashMap<>();
        JsonNode list = getJson(options.inbox() + "/api/v1/messages?limit=0", null);
        for (JsonNode message : list.path("messages")) {
            for (JsonNode to : message.path("To")) {
                String address = to.path("Address").asString();
                if (address.startsWith("m") && address.endsWith(domain)) {
                    counts.merge(address, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private void populate(String program, int mentors, int participants) throws Exception {
        System.out.printf("%s: importing %d mentors and %d participants%n", program, mentors, participants);
        importCsv("mentors", program, mentorsCsv(program, mentors));
        importCsv("participants", program, participantsCsv(program, participants));
    }

    /** Until no round runs and the program holds {@code proposed} proposals and {@code waiting} waiting participants. */
    private void awaitQuiet(String program, int proposed, int waiting) {
        long start = System.nanoTime();
        await(Duration.ofMinutes(15)).until(() -> {
            JsonNode newest = getJson(options.matching() + "/api/programs/" + program + "/rounds?size=1", manager);
            boolean quiet = newest.size() == 1
                    && !"SOLVING".equals(newest.get(0).path("status").asString());
            return quiet
                    && pairings(program, "PROPOSED").size() == proposed
                    // the report's "waiting" counts everyone without an approved mentor, proposals included
                    && getJson(options.matching() + "/api/programs/" + program + "/report", manager)
                                    .path("waiting")
                                    .asInt()
                            == waiting + proposed;
        });
        System.out.printf(
                "%s: %d proposals, %d waiting after %.1f s%n",
                program, proposed, waiting, (System.nanoTime() - start) / 1e9);
    }

    private List<JsonNode> pairings(String program, String status) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode batch = getJson(
                    options.matching() + "/api/pairings?programId=" + program + "&status=" + status + "&size=1000&page="
                            + page,
                    manager);
            batch.forEach(all::add);
            if (batch.size() < 1000) {
                return all;
            }
        }
    }

    private void importCsv(String kind, String program, String csv) throws Exception {
        HttpResponse<String> answer = http.send(
                BenchCsv.upload(options.intake(), desk, kind, program, csv.getBytes(StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().contains("\"REJECTED\"")) {
            throw new IllegalStateException("Importing " + kind + " answered " + answer.statusCode());
        }
    }

    private static String mentorsCsv(String program, int count) {
        return BenchCsv.of(
                "firstName,lastName,email,birthYear,gender,languages,timezone,"
                        + "livedExperience,formats,availability,capacity,consent.dataProcessing,consent.contactByEmail",
                count,
                i -> BenchCsv.person("Mentor", "m", i, program) + "," + (1960 + i % 40)
                        + ",UNDISCLOSED,en,America/Chicago,GRIEF,ONLINE,"
                        + "MONDAY 18:00-20:00;THURSDAY 09:00-10:30,1,true,true");
    }

    private static String participantsCsv(String program, int count) {
        return BenchCsv.of(
                "firstName,lastName,email,birthYear,gender,languages,timezone,"
                        + "primaryIssue,formats,availability,urgency,consent.dataProcessing,consent.contactByEmail",
                count,
                i -> BenchCsv.person("Person", "p", i, program) + "," + (1970 + i % 40)
                        + ",UNDISCLOSED,en,America/Chicago,GRIEF,ONLINE,MONDAY 18:00-20:00,"
                        + (i % 10 == 0 ? "HIGH" : "NORMAL") + ",true,false");
    }

    private static ConditionFactory await(Duration atMost) {
        return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(500));
    }

    private JsonNode getJson(String url, TokenClient tokens) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1));
            if (tokens != null) {
                request.header("Authorization", tokens.authorization());
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + url + " answered " + answer.statusCode());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
