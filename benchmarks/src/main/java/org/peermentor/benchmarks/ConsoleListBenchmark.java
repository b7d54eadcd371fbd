package org.peermentor.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.peermentor.localstack.auth.TokenClient;

/**
 * How fast the staff console renders a list page on a running system (./run-local): a program of {@code --people}
 * participants is registered through the intake API, a person signs in to the console through the issuer's sign-in
 * page as a browser would (authorization code with PKCE, cookies, redirects), and the list page is then fetched
 * {@code --requests} times one after another, after {@code --warmup} fetches not counted. Each page is rendered on
 * the server from the intake API's answer, called with the person's own token.
 *
 * <pre>./mvnw -q -pl benchmarks exec:java -Dexec.mainClass=org.peermentor.benchmarks.ConsoleListBenchmark \
 *     -Dexec.args="--people 1000 --requests 200"</pre>
 *
 * Options: {@code --console http://localhost:8080}, {@code --intake http://localhost:8081}, {@code --users
 * .local-data/demo-users.json} and {@code --username intake} for the person, {@code --page-size} (the console's
 * page size; by default its own), and {@code --credentials}, {@code --issuer} for the intake desk's tokens that
 * register the people (see {@link DemoTokens}). The run's own program is made readable and left in the data.
 */
public final class ConsoleListBenchmark {

    private final HttpClient api =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        new ConsoleListBenchmark().run(options);
        System.exit(0);
    }

    private void run(Options options) throws Exception {
        String intake = options.intake();
        int people = options.integer("people", 1000);
        int requests = options.integer("requests", 200);
        int warmup = options.integer("warmup", 20);
        String program = "bench-console-" + Long.toString(System.currentTimeMillis(), 36);

        long registered = register(intake, DemoTokens.intakeDesk(options), program, people);
        System.out.printf("Registered %d participants in %s%n", registered, program);
        ConsoleBrowser browser = ConsoleBrowser.signedIn(options, options.getOrDefault("username", "intake"));

        String path = "/participants?programId=" + program
                + (options.values().containsKey("page-size")
                        ? "&size=" + options.values().get("page-size")
                        : "");
        PageTimes times = PageTimes.of(browser, path, warmup, requests);
        System.out.printf(
                "GET %s (%d characters, %d rows): %s%n",
                path, times.characters(), rows(browser.page(path).body()), times.percentiles());
    }

    private long register(String intake, TokenClient desk, String program, int people) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String body = """
                        {"programId": "%s", "firstName": "Bench%d", "lastName": "Person%d", "birthYear": %d,
                         "gender": "FEMALE", "languages": ["en"], "timezone": "America/Chicago", "primaryIssue": "GRIEF",
                         "formats": ["ONLINE"], "availability": [{"day": "TUESDAY", "start": "18:00", "end": "20:00"}],
                         "consent": {"dataProcessing": true, "contactByEmail": false}}
                        """.formatted(program, i, i, 1950 + i % 50);
                answers.add(pool.submit(() -> api.send(
                                HttpRequest.newBuilder(URI.create(intake + "/api/participants"))
                                        .header("Authorization", desk.authorization())
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()));
            }
            long created = 0;
            for (Future<Integer> answer : answers) {
                created += answer.get() == 201 ? 1 : 0;
            }
            return created;
        } finally {
            pool.shutdown();
        }
    }

    private static int rows(String html) {
        return html.split("<tr", -1).length - 2;
    }
}
