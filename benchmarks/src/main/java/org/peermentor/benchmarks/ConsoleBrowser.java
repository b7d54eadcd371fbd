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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff console as a browser without a screen uses it: cookies, redirects, and forms posted with the CSRF token
 * of the page they came from. It signs in through the issuer's sign-in page (authorization code with PKCE), as the
 * person named in the local stack's users file ({@code --users .local-data/demo-users.json}).
 */
final class ConsoleBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final String console;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    /** Forms answer with a redirect (303) once done; a form's time is the time to that answer. */
    private final HttpClient forms = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ConsoleBrowser(String console) {
        this.console = console;
    }

    /** Signs in as a browser would: the console sends it to the issuer's page, whose form it posts with its CSRF token. */
    static ConsoleBrowser signedIn(Options options, String username) throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(options.getOrDefault("console", "http://localhost:8080"));
        HttpResponse<String> loginPage = browser.get("/");
        String form = "username=" + encode(username) + "&password=" + encode(password(options, username)) + "&_csrf="
                + encode(csrf(loginPage));
        HttpResponse<String> landed = browser.http.send(
                HttpRequest.newBuilder(loginPage.uri().resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!landed.uri().toString().startsWith(browser.console) || landed.statusCode() != 200) {
            throw new IllegalStateException(
                    "Signing in as " + username + " ended at " + landed.statusCode() + " " + landed.uri());
        }
        return browser;
    }

    /** A console page, by its path; fails unless it answered 200 from the console itself. */
    HttpResponse<String> page(String path) throws Exception {
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(console)) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode() + " at " + page.uri());
        }
        return page;
    }

    /**
     * Posts a form as the page {@code from} would, its CSRF token included; each field may repeat. Answers the
     * console's own answer (a 303 once the form is done), not the page it leads to.
     */
    HttpResponse<String> submit(HttpResponse<String> from, String action, List<Map.Entry<String, String>> fields)
            throws Exception {
        String body = fields.stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf(from)) + "&", ""));
        return forms.send(
                HttpRequest.newBuilder(URI.create(console + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(console + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No form with a CSRF token at " + page.uri());
        }
        return csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
    }

    private static String password(Options options, String username) throws Exception {
        JsonNode people =
                JSON.readTree(Files.readString(Path.of(options.getOrDefault("users", ".local-data/demo-users.json"))));
        return people.valueStream()
                .filter(p -> username.equals(p.path("username").asString()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No person " + username + " in the users file"))
                .path("password")
                .asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
