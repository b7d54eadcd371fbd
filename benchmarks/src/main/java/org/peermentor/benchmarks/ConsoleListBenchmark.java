package org.peermentor.benchmarks;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peermentor.localstack.auth.TokenClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * register the people (see {@link Access}). The run's own program is made readable and left in the data.
 */
public final class ConsoleListBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        new ConsoleListBenchmark().run(options);
        System.exit(0);
    }

    private void run(Map<String, String> options) throws Exception {
        String console = options.getOrDefault("console", "http://localhost:8080");
        String intake = options.getOrDefault("intake", "http://localhost:8081");
        int people = Integer.parseInt(options.getOrDefault("people", "1000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        String program = "bench-console-" + Long.toString(System.currentTimeMillis(), 36);

        long registered = register(intake, Access.intakeDesk(options), program, people);
        System.out.printf("Registered %d participants in %s%n", registered, program);
        String username = options.getOrDefault("username", "intake");
        signIn(console, username, password(options, username));

        String path = "/participants?programId=" + program
                + (options.containsKey("page-size") ? "&size=" + options.get("page-size") : "");
        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < warmup + requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = get(console + path);
            double took = (System.nanoTime() - start) / 1e6;
            if (page.statusCode() != 200 || !page.uri().toString().startsWith(console)) {
                throw new IllegalStateException("The list page answered " + page.statusCode() + " at " + page.uri());
            }
            if (i >= warmup) {
                millis.add(took);
                bytes = page.body().length();
            }
        }
        Collections.sort(millis);
        System.out.printf("GET %s (%d characters, %d rows): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms over %d%n",
                path, bytes, rows(get(console + path).body()), percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), millis.get(millis.size() - 1), millis.size());
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
                answers.add(pool.submit(() -> api.send(HttpRequest.newBuilder(URI.create(intake + "/api/participants"))
                        .header("Authorization", desk.authorization()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
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

    /** Signs in as a browser would: the console sends it to the issuer's page, whose form it posts with its CSRF token. */
    private void signIn(String console, String username, String password) throws Exception {
        HttpResponse<String> loginPage = get(console + "/");
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No sign-in form at " + loginPage.uri());
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
        URI action = loginPage.uri().resolve("/login");
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().toString().startsWith(console) || landed.statusCode() != 200) {
            throw new IllegalStateException("Signing in as " + username + " ended at " + landed.statusCode() + " "
                    + landed.uri());
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String password(Map<String, String> options, String username) throws Exception {
        JsonNode people = JSON.readTree(Files.readString(Path.of(options.getOrDefault("users", ".local-data/demo-users.json"))));
        return people.valueStream().filter(p -> username.equals(p.path("username").asString())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No person " + username + " in the users file"))
                .path("password").asString();
    }

    private static int rows(String html) {
        return html.split("<tr", -1).length - 2;
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
